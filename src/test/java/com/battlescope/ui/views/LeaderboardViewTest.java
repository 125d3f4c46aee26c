package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.LeaderboardRow;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
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
class LeaderboardViewTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private LeaderboardView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new LeaderboardView(ctx, new LeaderboardService(), new VerdictService());
        stage.setScene(new Scene((Parent) view.node(), 1500, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<LeaderboardRow> table(FxRobot robot) {
        return robot.lookup("#leaderboard-table").queryAs(TableView.class);
    }

    private static List<String> column(DataTable t, String header) {
        int i = t.headers().indexOf(header);
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    @Test
    void showsTheRankingWithFormattedFigures(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        DataTable shown = view.tableData();
        assertThat(shown.name()).isEqualTo("leaderboard");
        assertThat(shown.headers()).hasSize(19).startsWith("Rank", "Change", "Model", "Return %").doesNotContain("Buys");
        assertThat(shown.rows().get(0)).startsWith("1", "▲1", "gpt-4o", "0.32%", "$324.28", "$100,324.28", "2.53",
                "3.08", "9.08", "4.45", "0.35%", "1", "0.00%", "0.00", "-$138.60", "-$138.60", "2", "41.93%",
                "2025-01-08 16:04:33.607576");
        assertThat(shown.rows().get(1)).startsWith("2", "▼1", "claude-sonnet-3.5", "-0.37%", "-$372.92", "$99,627.08");

        List<Labeled> cells = ViewFixture.cells(robot, table(robot));
        Labeled up = cells.stream().filter(c -> "▲1".equals(c.getText())).findFirst().orElseThrow();
        assertThat(up.getStyleClass()).contains("rank-up");
        assertThat(cells.stream().filter(c -> "▼1".equals(c.getText())).findFirst().orElseThrow().getStyleClass())
                .contains("rank-down");
        Labeled equity = cells.stream().filter(c -> "$100,324.28".equals(c.getText())).findFirst().orElseThrow();
        assertThat(equity.getStyleClass()).contains("numeric");
        Labeled model = cells.stream().filter(c -> "gpt-4o".equals(c.getText())).findFirst().orElseThrow();
        assertThat(((Rectangle) model.getGraphic()).getFill()).isEqualTo(ctx.colors().color("gpt-4o"));
    }

    @Test
    void timeframeSwitchRanksTheLastDay(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        robot.clickOn("#timeframe-daily");

        DataTable shown = view.tableData();
        // gpt-4o: 100324.28 vs 99864.42 a day before; claude: 99627.08 vs 100019.37
        assertThat(column(shown, "Model")).containsExactly("gpt-4o", "claude-sonnet-3.5");
        assertThat(column(shown, "Return %")).containsExactly("0.46%", "-0.39%");
        assertThat(column(shown, "Return $")).containsExactly("$459.86", "-$392.29");
        assertThat(column(shown, "Trades")).containsExactly("0", "0");

        robot.clickOn("#timeframe-weekly");
        assertThat(column(view.tableData(), "Change")).containsExactly("–", "–");
        robot.clickOn("#timeframe-weekly");
        assertThat(view.timeframe().text()).isEqualTo("weekly");
    }

    @Test
    void clickingAHeaderSortsAndTableDataFollows(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        TableView<LeaderboardRow> table = table(robot);

        robot.clickOn(ViewFixture.header(robot, table, "Return %"));
        assertThat(column(view.tableData(), "Model")).startsWith("llama-3.1-405b", "grok-2", "qwen-2.5-72b");
        robot.clickOn(ViewFixture.header(robot, table, "Return %"));
        assertThat(column(view.tableData(), "Model")).startsWith("mistral-large", "gpt-4o", "gemini-1.5-pro");

        robot.clickOn(ViewFixture.header(robot, table, "Profit factor"));
        // ascending, "—" (grok-2, no trades) last
        assertThat(column(view.tableData(), "Profit factor")).startsWith("0.62", "1.08").endsWith("∞", "—");
    }

    @Test
    void advancedToggleShowsTheAdvancedColumns(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        robot.clickOn("#advanced-columns");

        assertThat(ViewFixture.columnTexts(table(robot))).contains("Avg trade size", "Median holding", "% long",
                "Expectancy", "Avg confidence", "Buys", "Sells", "Holds", "Closes");
        DataTable shown = view.tableData();
        assertThat(shown.headers()).hasSize(30);
        assertThat(shown.rows().get(0)).endsWith("$23,527.68", "$23,527.68", "22h 57m", "22h 57m", "100.00%",
                "-$138.60", "64.4", "4", "0", "18", "1");

        robot.clickOn("#advanced-columns");
        assertThat(view.tableData().headers()).hasSize(19);
    }

    @Test
    void pickedModelsAndRangeReload(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        robot.interact(() -> ctx.pickModels(List.of("claude-sonnet-3.5")));
        assertThat(view.tableData().rows()).hasSize(1);
        assertThat(view.tableData().rows().get(0)).startsWith("2", "▼1", "claude-sonnet-3.5");

        robot.interact(() -> {
            ctx.pickModels(List.of());
            ctx.setRange(TimeRange.parse("2025-01-07", null));
        });
        // from gpt-4o's first snapshot of the day, 99862.77
        assertThat(column(view.tableData(), "Return %")).first().isEqualTo("0.46%");
    }

    @Test
    void liveReloadKeepsTheSelectionAndAFullReloadDoesNot(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        TableView<LeaderboardRow> table = table(robot);
        robot.clickOn(ViewFixture.cell(robot, table, "claude-sonnet-3.5"));
        LeaderboardRow before = table.getSelectionModel().getSelectedItem();
        assertThat(before.modelId()).isEqualTo("claude-sonnet-3.5");

        robot.interact(ctx::dataChanged);

        LeaderboardRow after = table.getSelectionModel().getSelectedItem();
        assertThat(after).isNotSameAs(before);
        assertThat(after.modelId()).isEqualTo("claude-sonnet-3.5");

        robot.interact(() -> ctx.setRange(TimeRange.parse("2025-01-06", null)));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void topPerformersStripNamesItsSource(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        List<String> texts = robot.from(robot.lookup("#top-performers").queryAs(Parent.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Labeled::getText).toList();
        assertThat(texts).containsExactly("Top performers (leaderboard snapshot 2025-01-08 16:05:00):",
                "1.", "gpt-4o 0.32%", "2.", "claude-sonnet-3.5 -0.37%");

        robot.clickOn("#timeframe-monthly");
        texts = robot.from(robot.lookup("#top-performers").queryAs(Parent.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Labeled::getText).toList();
        assertThat(texts).first().isEqualTo("Top performers (computed from the snapshots):");
    }

    @Test
    void reconstructedTradesAreMarkedInTheHeaders(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "engine-default", tmp);

        assertThat(ViewFixture.columnTexts(table(robot))).contains("Trades (reconstructed)",
                "Win rate (reconstructed)", "Profit factor (reconstructed)");
        assertThat(column(view.tableData(), "Trades (reconstructed)")).containsExactly("39", "43", "46", "44", "40",
                "37");
    }

    @Test
    void closingTheBattleEmptiesTheTable(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.interact(() -> ctx.replaceBattle(null));
        assertThat(view.tableData().rows()).isEmpty();
        assertThat(robot.lookup("#top-performers").queryAs(Parent.class).getChildrenUnmodifiable()).isEmpty();
    }

    @Test
    void aFailedLoadIsShownOverTheTable(FxRobot robot) throws Exception {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + battle.path().resolve("metrics_timeseries.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE hourly_snapshots");
        }

        robot.interact(view::refresh);

        Label error = robot.lookup("#leaderboard-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Leaderboard failed: ").contains("metrics_timeseries.db");
        assertThat(robot.lookup("#leaderboard-progress").queryAs(ProgressIndicator.class).isVisible()).isFalse();
    }

    @Test
    void loadsInTheBackgroundWithProgress(FxRobot robot) throws Exception {
        FxJobs jobs = new FxJobs();
        AppContext async = new AppContext(jobs);
        LeaderboardView asyncView = WaitForAsyncUtils.asyncFx(() -> new LeaderboardView(async, new LeaderboardService(), new VerdictService())).get();
        ProgressIndicator progress = robot.from(asyncView.node()).lookup("#leaderboard-progress")
                .queryAs(ProgressIndicator.class);
        battle = ViewFixture.open(robot, async, "tiny", tmp);
        // the job's result is handed to the FX thread later: right after the battle is set, the table is empty
        assertThat(progress.isVisible() || asyncView.tableData().rows().size() == 2).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !progress.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asyncView.tableData().rows()).hasSize(2);
        jobs.shutdown();
    }
}
