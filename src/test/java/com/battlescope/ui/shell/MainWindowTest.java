package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path temp;

    private final Preferences prefs = Preferences.userRoot().node("com/battlescope/test/main-" + System.nanoTime());
    private final List<Exception> errors = new ArrayList<>();
    private AppContext ctx;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        window = new MainWindow(ctx, List.of(new Stub("one", "First"), new Stub("two", "Second")),
                new RecentFolders(prefs));
        window.setErrorHandler(errors::add);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    private void open(Path dir) {
        WaitForAsyncUtils.asyncFx(() -> window.open(dir));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAFolderFillsModelsStatusAndRecent(FxRobot robot) {
        Path dir = Fixtures.copy("full-split", temp.resolve("a"));
        open(dir);

        assertThat(ctx.battle()).isNotNull();
        assertThat(ctx.allModels()).containsExactly("claude-sonnet-3.5", "deepseek-v3", "gemini-1.5-pro", "gpt-4o",
                "grok-2", "llama-3.1-405b", "mistral-large", "qwen-2.5-72b");
        assertThat(ctx.selectedModels()).containsExactlyElementsOf(ctx.allModels());
        String summary = robot.lookup("#status-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("split layout · 8 models · 1,232 snapshots · ")
                .endsWith("last snapshot 2025-02-04 16:04:49");
        assertThat(new RecentFolders(prefs).last()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(robot.lookup("#status-warning").queryAs(Label.class).getText()).isEmpty();
    }

    /** Issue 19: an equity stored as text is never used, and the status bar says which row and why. */
    @Test
    void unusableValuesAreNamedInTheStatusBar(FxRobot robot) throws Exception {
        Path dir = Fixtures.copy("tiny", temp.resolve("bad-equity"));
        Path metrics = dir.resolve("metrics_timeseries.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + metrics); var st = c.createStatement()) {
            st.execute("UPDATE hourly_snapshots SET equity = '100,000.50' WHERE id = 3");
        }
        open(dir);

        Label warning = robot.lookup("#status-warning").queryAs(Label.class);
        assertThat(warning.getText()).startsWith("⚠ Skipped hourly_snapshots row 3 (")
                .endsWith("): equity is text '100,000.50'");
        assertThat(warning.getTooltip().getText()).startsWith(metrics + ": hourly_snapshots row 3 (model ")
                .endsWith("): equity is text '100,000.50', not a number it can use: the row is skipped in every figure");
        assertThat(errors).isEmpty();
    }

    /** A long folder path keeps its end (the folder's name) when the status bar's items crowd it. */
    @Test
    void theStatusBarKeepsTheFoldersName(FxRobot robot) {
        Path dir = Fixtures.copy("tiny", temp.resolve("a-rather-long-folder-name-for-the-status-bar")
                .resolve("deeper-still-so-that-the-path-is-cut").resolve("battle-of-the-week"));
        open(dir);
        Label place = robot.lookup("#status-bar .status-label").queryAs(Label.class);
        assertThat(place.getText()).endsWith("battle-of-the-week/tiny");
        assertThat(place.getTextOverrun()).isEqualTo(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        assertThat(place.getMinWidth()).isGreaterThanOrEqualTo(180);
    }

    @Test
    void modelCheckBoxesAndNoneAllChangeTheSelection(FxRobot robot) {
        open(Fixtures.copy("full-split", temp.resolve("b")));

        robot.clickOn("#models-none");
        assertThat(ctx.selectedModels()).isEmpty();
        clickModel(robot, "gpt-4o");
        assertThat(ctx.selectedModels()).containsExactly("gpt-4o");
        clickModel(robot, "claude-sonnet-3.5");
        assertThat(ctx.selectedModels()).containsExactly("claude-sonnet-3.5", "gpt-4o");
        robot.clickOn("#models-all");
        assertThat(ctx.selectedModels()).hasSize(8);
    }

    private static void clickModel(FxRobot robot, String model) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#model-list .check-box")
                .match(n -> model.equals(((CheckBox) n).getText()) && n.getScene() != null).queryAs(CheckBox.class));
    }

    @Test
    void rangePresetsCountBackFromTheNewestSnapshot(FxRobot robot) {
        open(Fixtures.copy("full-split", temp.resolve("c")));
        String latest = window.overviewProperty().get().latestSnapshot().text();

        robot.clickOn("#range-1w");
        TimeRange week = ctx.range();
        assertThat(week.to()).isNull();
        assertThat(week.from().local()).isEqualTo(window.overviewProperty().get().latestSnapshot().local().minusDays(7));
        assertThat(latest).isNotBlank();
        robot.clickOn("#range-all");
        assertThat(ctx.range()).isEqualTo(TimeRange.ALL);
    }

    @Test
    void aBadFolderReportsTheFileAndKeepsTheOpenBattle(FxRobot robot) throws Exception {
        open(Fixtures.copy("tiny", temp.resolve("d")));
        Object before = ctx.battle();
        Path bad = Files.createDirectories(temp.resolve("not-a-battle"));
        Files.writeString(bad.resolve("metrics_timeseries.db"), "this is not sqlite");

        open(bad);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage()).contains("metrics_timeseries.db");
        assertThat(ctx.battle()).isSameAs(before);
    }

    @Test
    void shortcutsSwitchViews(FxRobot robot) {
        TabPane tabs = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("First", "Second");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(window.selectedView().id()).isEqualTo("two");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(window.selectedView().id()).isEqualTo("one");
    }

    @Test
    void liveRowsMoveTheStatusBarOn(FxRobot robot) {
        open(Fixtures.copy("tiny", temp.resolve("live")));
        String before = robot.lookup("#status-summary").queryAs(Label.class).getText();
        assertThat(before).contains("42 snapshots · 47 decisions").endsWith("last snapshot 2025-01-08 16:04:36");
        HourlySnapshot s = new HourlySnapshot(99L, "gpt-4o", Stamp.parse("2025-01-08 17:04:00"), 1, 1, 0, 0);
        robot.interact(() -> ctx.publishLive(new LiveUpdate(List.of(s), List.of(), List.of(), List.of())));
        assertThat(robot.lookup("#status-summary").queryAs(Label.class).getText())
                .contains("43 snapshots · 47 decisions").endsWith("last snapshot 2025-01-08 17:04:00");
    }

    @Test
    void onlyTheSelectedTabCountsAsShown(FxRobot robot) {
        Stub one = (Stub) window.views().get(0);
        Stub two = (Stub) window.views().get(1);
        assertThat(one.shown()).isTrue();
        assertThat(two.shown()).as("a tab not selected is hidden from the start").isFalse();
        robot.interact(() -> window.selectView("two"));
        assertThat(one.shown()).isFalse();
        assertThat(two.shown()).isTrue();
    }

    private record Stub(String id, String title, AtomicBoolean shown) implements AnalysisView {
        Stub(String id, String title) {
            this(id, title, new AtomicBoolean(true));
        }

        @Override
        public void setShown(boolean now) {
            shown.set(now);
        }

        @Override
        public Node node() {
            return new Label(title);
        }

        @Override
        public void refresh() {
        }

        @Override
        public DataTable tableData() {
            return new DataTable(id, List.of(), List.of());
        }
    }
}
