package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.service.ServerSpec;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.PgRoles;
import com.battlescope.testutil.PgServer;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.maintenance.MaintenanceMenu;
import com.battlescope.ui.views.LeaderboardView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: File › Open database server… on a real server. A battle migrated from a fixture folder shows the same
 * leaderboard as the folder; a read-only role browses it with every write action off, saying why.
 */
@ExtendWith({PgServer.class, ApplicationExtension.class})
class ServerBattleWindowTest {
    @TempDir
    static Path temp;
    private static String schema;

    private final Preferences prefs = Preferences.userRoot().node("com/battlescope/test/server-" + System.nanoTime());
    private final List<Exception> errors = new ArrayList<>();
    private AppContext ctx;
    private MainWindow window;
    private LeaderboardView leaderboard;
    private Menu maintenance;

    @BeforeAll
    static void migrate() {
        schema = PgRoles.migrated("full-split", temp);
    }

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        leaderboard = new LeaderboardView(ctx, new LeaderboardService(), new VerdictService());
        window = new MainWindow(ctx, List.of(leaderboard), new RecentFolders(prefs));
        window.setErrorHandler(errors::add);
        maintenance = new MaintenanceMenu(ctx, window::owner, window::reload).menu();
        window.addMenu(maintenance);
        stage.setScene(new Scene(window, 1500, 800));
        stage.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    /** Fills the dialog as a user would, lists the schemas, picks one and opens it. */
    private void openThroughDialog(FxRobot robot, ServerSpec server) {
        robot.interact(window::chooseServer);
        robot.interact(() -> {
            text(robot, "#server-host").setText(server.host());
            text(robot, "#server-port").setText(Integer.toString(server.port()));
            text(robot, "#server-database").setText(server.database());
            text(robot, "#server-user").setText(server.user());
            robot.lookup("#server-tls").queryAs(ChoiceBox.class).setValue(server.sslMode());
        });
        robot.clickOn("#server-connect");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> schemas = robot.lookup("#server-schema").queryAs(ComboBox.class);
        assertThat(robot.lookup("#server-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(schemas.getItems()).contains(server.schema());
        robot.interact(() -> schemas.setValue(server.schema()));
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Open".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextField text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @Test
    void aServerBattleOpenedThroughTheDialogShowsTheFoldersLeaderboard(FxRobot robot) {
        ServerSpec server = PgRoles.server(PgRoles.admin(), schema);
        openThroughDialog(robot, server);

        assertThat(errors).isEmpty();
        assertThat(ctx.battle().onServer()).isTrue();
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("PostgreSQL " + server.host() + ":" + server.port() + "/" + server.database()
                        + " · schema " + schema);
        assertThat(new RecentServers(prefs).list()).containsExactly(server);
        DataTable onServer = leaderboard.tableData();
        assertThat(onServer.rows()).hasSize(8);

        Path folder = Fixtures.copy("full-split", temp.resolve("folder-" + System.nanoTime()));
        robot.interact(() -> window.open(folder));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.battle().onServer()).isFalse();
        DataTable inFolder = leaderboard.tableData();
        assertThat(onServer.headers()).isEqualTo(inFolder.headers());
        assertThat(onServer.rows()).isEqualTo(inFolder.rows());
        assertThat(item("maintenance-vacuum").isDisable()).isFalse();
    }

    @Test
    void archiveOnAServerBattleNamesTheArchiveSchemaInsteadOfAskingForAFile(FxRobot robot) throws Exception {
        openThroughDialog(robot, PgRoles.server(PgRoles.admin(), schema));
        assertThat(ctx.battle().onServer()).isTrue();
        robot.interact(() -> item("maintenance-archive").fire());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#archive-schema").tryQuery().isPresent());
        assertThat(robot.lookup("#archive-schema").queryAs(Label.class).getText()).isEqualTo(schema + "_archive");
        assertThat(robot.lookup("#archive-server-tables").queryAs(Label.class).getText())
                .startsWith("hourly_snapshots and decision_log, whole months");
        assertThat(robot.lookup("#archive-target").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#archive-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());
    }

    @Test
    void aReadOnlyRoleBrowsesWithTheWriteActionsOffSayingWhy(FxRobot robot) {
        String reader = PgRoles.readOnlyRole(schema);
        openThroughDialog(robot, PgRoles.server(reader, schema));

        assertThat(errors).isEmpty();
        assertThat(leaderboard.tableData().rows()).hasSize(8);
        String why = "role " + reader + " may not write to schema " + schema + " (no INSERT, UPDATE or DELETE on "
                + "current_standings, daily_summaries, decision_log, hourly_snapshots, leaderboard_snapshots, "
                + "monthly_summaries, trade_log, weekly_summaries)";
        MenuItem note = item("maintenance-read-only");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Read-only: " + why);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Read-only: " + why);
        for (String id : List.of("maintenance-snapshot", "maintenance-standings", "maintenance-summaries",
                "maintenance-archive", "maintenance-vacuum", "maintenance-analyze", "maintenance-schema")) {
            assertThat(item(id).isDisable()).as(id).isTrue();
        }
        assertThat(item("maintenance-stats").isDisable()).as("statistics only read").isFalse();
        assertThat(item("maintenance-check").isDisable()).as("the integrity check only reads").isFalse();
    }

    @Test
    void failuresAreOneLineNamingTheServerDatabaseAndCause(FxRobot robot) {
        ServerSpec nowhere = PgRoles.server(PgRoles.admin(), null);
        robot.interact(window::chooseServer);
        robot.interact(() -> {
            text(robot, "#server-host").setText(nowhere.host());
            text(robot, "#server-port").setText(Integer.toString(nowhere.port()));
            text(robot, "#server-database").setText("no_such_db");
            text(robot, "#server-user").setText(nowhere.user());
            robot.lookup("#server-tls").queryAs(ChoiceBox.class).setValue("disable");
        });
        robot.clickOn("#server-connect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#server-error").queryAs(Label.class).getText()).isEqualTo("/postgresql/"
                + nowhere.host() + ":" + nowhere.port() + "/no_such_db: FATAL: database \"no_such_db\" does not exist");
        robot.interact(() -> text(robot, "#server-port").setText("http"));
        robot.clickOn("#server-connect");
        assertThat(robot.lookup("#server-error").queryAs(Label.class).getText())
                .isEqualTo("port 'http': a number (PostgreSQL's is 5432)");
        robot.interact(() -> robot.lookup("#server-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getScene().getWindow().hide());

        robot.interact(() -> window.openServer(nowhere.withSchema("missing_battle")));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage()).startsWith("/postgresql/" + nowhere.host() + ":" + nowhere.port()
                + "/" + nowhere.database() + "/missing_battle: no schema missing_battle on the server (battle schemas: ")
                .contains(schema).doesNotContain("\n");
        assertThat(ctx.battle()).isNull();
    }

    /** File › Copy battle to server…: the open folder into a new schema, counts verified; then only new rows. */
    @Test
    void copyBattleToServerMigratesTheOpenFolderAndShowsTheVerifiedCounts(FxRobot robot) {
        Path folder = Fixtures.copy("tiny", temp.resolve("copy-" + System.nanoTime()));
        List<String> outcomes = new ArrayList<>();
        robot.interact(() -> {
            window.onCopyDone(outcomes::add);
            window.open(folder);
        });
        String target = PgServer.freshSchema("copied");
        ServerSpec server = PgRoles.server(PgRoles.admin(), target);
        javafx.scene.control.ProgressBar bar = robot.lookup("#status-task-progress")
                .queryAs(javafx.scene.control.ProgressBar.class);
        List<Double> shown = new ArrayList<>();
        bar.progressProperty().addListener((o, was, now) -> shown.add(now.doubleValue()));
        for (boolean incremental : List.of(false, true)) {
            shown.clear();
            robot.interact(window::copyToServer);
            assertThat(text(robot, "#copy-folder").getText()).isEqualTo(folder.toString());
            robot.interact(() -> {
                text(robot, "#server-host").setText(server.host());
                text(robot, "#server-port").setText(Integer.toString(server.port()));
                text(robot, "#server-database").setText(server.database());
                text(robot, "#server-user").setText(server.user());
                robot.lookup("#server-tls").queryAs(ChoiceBox.class).setValue("disable");
                robot.lookup("#server-schema").queryAs(ComboBox.class).getEditor().setText(target);
                robot.lookup("#copy-incremental").queryAs(javafx.scene.control.CheckBox.class).setSelected(incremental);
            });
            robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Copy".equals(b.getText()))
                    .queryAs(Button.class));
            WaitForAsyncUtils.waitForFxEvents();
            // the share of all rows copied: moves up from 0 to exactly 1 (the run's rows, counted first), then
            // indeterminate while the indexes are built; the bar goes with the task
            List<Double> known = shown.stream().filter(f -> f >= 0).toList();
            assertThat(known).as("progress " + shown).anyMatch(f -> f > 0 && f < 1).isSorted();
            assertThat(known.get(known.size() - 1)).as("progress " + shown).isEqualTo(1.0);
            if (!incremental) {
                assertThat(shown.get(shown.size() - 1)).as("indexes: indeterminate " + shown).isNegative();
            }
            assertThat(bar.isVisible()).isFalse();
        }
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).startsWith("Copied 115 rows into schema " + target + " in ")
                .contains("every table's row count verified equal to the folder's");
        String counts = outcomes.get(0).replaceAll(" +", " ");
        assertThat(counts).contains("\nhourly_snapshots 42 copied 42 on the server", "\ndecision_log 47 copied 47 on "
                + "the server", "\nleaderboard_snapshots 12 copied 12 on the server");
        // incremental: no new snapshot or decision; the tables the engine rewrites in place (summaries, standings)
        // are copied again whole
        assertThat(outcomes.get(1)).startsWith("Copied 12 rows into schema " + target + " (only new rows) in ");
        assertThat(outcomes.get(1).replaceAll(" +", " ")).contains("\nhourly_snapshots 0 copied 42 on the server",
                "\ndecision_log 0 copied 47 on the server");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo(outcomes.get(1).lines().findFirst().orElseThrow());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getTooltip().getText())
                .as("the whole line, also when the slot cuts it").isEqualTo(outcomes.get(1).lines().findFirst()
                        .orElseThrow());
        assertThat(robot.lookup("#status-cancel").queryAs(Button.class).isVisible()).isFalse();
        assertThat(new RecentServers(prefs).list()).contains(server);
        assertThat(errors).isEmpty();
    }

    /** Cancel in the status bar stops the copy at its next progress report: no schema is left on the server. */
    @Test
    void aCancelledCopyLeavesTheServerAsItWas(FxRobot robot) throws Exception {
        Path folder = Fixtures.copy("tiny", temp.resolve("cancel-" + System.nanoTime()));
        String target = PgServer.freshSchema("cancelled");
        List<String> outcomes = new ArrayList<>();
        MainStatusBar[] status = new MainStatusBar[1];
        // runs each job at once, but presses the status bar's Cancel first, as a user would while it copies
        com.battlescope.ui.Jobs cancelFirst = new com.battlescope.ui.Jobs() {
            @Override
            public <T> Job run(String title, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                               java.util.function.Consumer<Exception> failed) {
                Button cancel = (Button) status[0].node().getRightItems().stream()
                        .filter(n -> "status-cancel".equals(n.getId())).findFirst().orElseThrow();
                assertThat(cancel.isVisible()).isTrue();
                cancel.fire();
                return new InlineJobs().run(title, work, done, failed);
            }
        };
        robot.interact(() -> {
            status[0] = new MainStatusBar(new javafx.beans.property.SimpleObjectProperty<>(), cancelFirst);
            CopyToServer copy = new CopyToServer(() -> null, cancelFirst, new com.battlescope.service.BattleService(),
                    com.battlescope.service.PasswordPrompt.NONE, new RecentServers(prefs), status[0]);
            copy.onDone(outcomes::add);
            copy.start(folder, PgRoles.server(PgRoles.admin(), target), false);
        });
        assertThat(outcomes).containsExactly("Copy to " + PgRoles.server(PgRoles.admin(), target).label()
                + " cancelled: the server schema is as it was before");
        try (var c = PgServer.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM pg_namespace WHERE nspname LIKE '" + target + "%'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("neither the schema nor a staging schema").isZero();
        }
        assertThat(new RecentServers(prefs).list()).isEmpty();
    }

    private MenuItem item(String id) {
        return maintenance.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

}
