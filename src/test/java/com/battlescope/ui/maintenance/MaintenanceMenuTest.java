package com.battlescope.ui.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MaintenanceMenuTest {
    @TempDir
    static Path tmp;
    private Path folder;
    private Path log;
    private AppContext ctx;
    private final java.util.concurrent.atomic.AtomicInteger reloads = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "t");
        folder = Fixtures.copy("tiny", dir);
        log = dir.resolve("maintenance.log");
        ctx = new AppContext(new InlineJobs());
        ctx.replaceBattle(new BattleService().open(folder));
        Clock clock = Clock.fixed(LocalDateTime.parse("2025-03-03T14:00:00").toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        MaintenanceService service = new MaintenanceService(new MaintenanceLog(log), clock, 1000);
        MenuBar bar = new MenuBar(new MaintenanceMenu(ctx, () -> stage, service).menu(),
                new MaintenanceMenu(ctx, () -> stage, reloads::incrementAndGet, service).menu());
        bar.getMenus().get(1).setText("Maintenance (wired)");
        stage.setScene(new Scene(new BorderPane(null, bar, null, null, null), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (ctx.battle() != null) {
            ctx.battle().close();
        }
    }

    @Test
    void rebuildSummariesFromTheMenuAfterConfirmingChangesTheFileAndReopensTheBattle(FxRobot robot) throws Exception {
        Battle before = ctx.battle();
        Path metrics = folder.resolve("metrics_timeseries.db");
        double staleOpening = 1;
        update(metrics, "UPDATE daily_summaries SET opening_equity = " + staleOpening + " WHERE id = 1");

        robot.clickOn("Maintenance").clickOn("Rebuild summaries…");

        String plan = robot.lookup("#maintenance-plan-text").queryAs(TextArea.class).getText();
        assertThat(plan).contains("daily_summaries: 0 to insert, 6 to update", "metrics_timeseries.db");
        robot.clickOn("Apply");

        DialogPane result = robot.lookup("#maintenance-result").queryAs(DialogPane.class);
        assertThat(result.getHeaderText()).isEqualTo("Rebuild summaries: done");
        assertThat(robot.lookup("#maintenance-result-text").queryAs(TextArea.class).getText())
                .contains("daily_summaries: 0 inserted, 6 updated", "metrics_timeseries.db  daily_summaries: 6 → 6");
        assertThat(value(metrics, "SELECT opening_equity FROM daily_summaries WHERE id = 1")).isEqualTo(100000.0);
        assertThat(ctx.battle()).isNotNull().isNotSameAs(before);
        assertThat(new MaintenanceLog(log).entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("summaries");
            assertThat(e.status()).isEqualTo("done");
        });
        robot.clickOn("OK");
    }

    @Test
    void aWiredMenuAsksTheMainWindowToReloadAfterAChange(FxRobot robot) {
        Battle before = ctx.battle();

        robot.clickOn("Maintenance (wired)").clickOn("ANALYZE…");
        robot.clickOn("Apply");
        robot.clickOn("OK");

        assertThat(reloads.get()).isEqualTo(1);
        assertThat(ctx.battle()).isSameAs(before);
    }

    @Test
    void recoverRollsBackAnInterruptedWriteAfterABackup(FxRobot robot) throws Exception {
        Path interrupted = com.battlescope.testutil.InterruptedWrite.battle(folder.resolveSibling("x"), "decisions.db");
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(folder.resolve("decisions.db" + suffix));
        }
        for (String name : new String[] {"decisions.db", "decisions.db-journal"}) {
            Files.copy(interrupted.resolve(name), folder.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        robot.clickOn("Maintenance").clickOn("Recover interrupted write…");
        assertThat(robot.lookup("#maintenance-plan-text").queryAs(TextArea.class).getText())
                .contains("let SQLite roll decisions.db-journal back");
        robot.clickOn("Apply");

        assertThat(robot.lookup("#maintenance-result").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Recover interrupted write: done");
        assertThat(robot.lookup("#maintenance-result-text").queryAs(TextArea.class).getText())
                .contains("decisions.db: the interrupted transaction was rolled back; quick_check ok");
        robot.clickOn("OK");
        assertThat(folder.resolve("decisions.db-journal")).doesNotExist();
        assertThat(value(folder.resolve("decisions.db"), "SELECT COUNT(*) FROM decision_log")).isEqualTo(47);
    }

    @Test
    void cancellingTheConfirmationChangesNothing(FxRobot robot) throws Exception {
        Battle before = ctx.battle();
        Map<String, String> sums = checksums(folder);

        robot.clickOn("Maintenance").clickOn("Snapshot leaderboard").clickOn("Daily…");
        assertThat(robot.lookup("#maintenance-plan-text").queryAs(TextArea.class).getText())
                .contains("insert 2 rows into leaderboard_snapshots of metrics_timeseries.db");
        robot.clickOn("Cancel");

        assertThat(robot.lookup("#maintenance-result").tryQuery()).isEmpty();
        assertThat(checksums(folder)).isEqualTo(sums);
        assertThat(ctx.battle()).isSameAs(before);
        assertThat(log).doesNotExist();
    }

    @Test
    void archiveDialogMovesTheChosenTablesIntoTheArchive(FxRobot robot) throws Exception {
        Path archive = folder.resolve("old.db");
        robot.clickOn("Maintenance").clickOn("Archive old data…");
        robot.interact(() -> {
            robot.lookup("#archive-before").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2025, 1, 7));
            robot.lookup("#archive-target").queryAs(javafx.scene.control.TextField.class).setText(archive.toString());
        });
        robot.clickOn("#archive-table-decisions").clickOn("#archive-table-trades").clickOn("#archive-table-leaderboard");
        robot.clickOn("Next…");

        String plan = robot.lookup("#maintenance-plan-text").queryAs(TextArea.class).getText();
        assertThat(plan).contains("move ", " rows of hourly_snapshots (timestamp < '2025-01-07 00:00:00')")
                .doesNotContain("decision_log");
        robot.clickOn("Apply");

        long moved = ((Number) value(archive, "SELECT COUNT(*) FROM hourly_snapshots")).longValue();
        assertThat(moved).isPositive();
        assertThat(moved + ((Number) value(folder.resolve("metrics_timeseries.db"),
                "SELECT COUNT(*) FROM hourly_snapshots")).longValue()).isEqualTo(42);
        assertThat(value(folder.resolve("decisions.db"), "SELECT COUNT(*) FROM decision_log")).isEqualTo(47);
        assertThat(robot.lookup("#maintenance-result-text").queryAs(TextArea.class).getText())
                .contains("verified: archive + remaining = before");
        robot.clickOn("OK");
    }

    @Test
    void statisticsWindowShowsTablesAndQueryPlans(FxRobot robot) {
        robot.clickOn("Maintenance").clickOn("Database statistics");

        TableView<?> tables = robot.lookup("#maintenance-table-tables").queryAs(TableView.class);
        assertThat(tables.getItems().stream().map(row -> String.valueOf(((java.util.List<?>) row).get(1))).toList())
                .contains("hourly_snapshots", "decision_log", "leaderboard_snapshots");
        robot.clickOn("Queries");
        TableView<?> queries = robot.lookup("#maintenance-table-queries").queryAs(TableView.class);
        assertThat(queries.getItems()).isNotEmpty();
        assertThat(robot.lookup("#statistics-summary").queryLabeled().getText()).contains("main queries");
    }

    @Test
    void maintenanceLogWindowListsTheRunsNewestFirst(FxRobot robot) {
        robot.clickOn("Maintenance").clickOn("Integrity check");
        robot.clickOn("OK");
        robot.clickOn("Maintenance").clickOn("WAL checkpoint…");
        robot.clickOn("Apply");
        robot.clickOn("OK");

        robot.clickOn("Maintenance").clickOn("Maintenance log");

        TableView<?> table = robot.lookup("#maintenance-log-table").queryAs(TableView.class);
        assertThat(table.getItems().stream()
                .map(e -> ((com.battlescope.service.maintenance.LogEntry) e).action()).toList())
                .containsExactly("checkpoint", "check");
        assertThat(robot.lookup("#maintenance-log-details").queryAs(TextArea.class).getText())
                .startsWith("checkpoint — done");
    }

    private static void update(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute(sql);
        }
    }

    private static Object value(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getObject(1);
        }
    }

    private static Map<String, String> checksums(Path folder) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".db")).toList()) {
                sums.put(f.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return sums;
    }
}
