package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.view.SummariesService;
import com.battlescope.service.view.TradesService;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.ManualJobs;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table page says "Open a battle folder…" only while no battle is open: not over the spinner while the battle
 * loads, and once loaded its own "nothing here" text.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceholderTest {
    @TempDir
    Path tmp;
    private final ManualJobs jobs = new ManualJobs();
    private AppContext ctx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = new AppContext(jobs);
    }

    @Test
    void leaderboard(FxRobot robot) {
        check(robot, c -> new LeaderboardView(c, new LeaderboardService(), new VerdictService()), "#leaderboard-table", "#leaderboard-progress",
                "Leaderboard", "Open a battle folder to see the leaderboard", "No standings for these models and range");
    }

    @Test
    void trades(FxRobot robot) {
        check(robot, c -> new TradesView(c, new TradesService()), "#trades-table", "#trades-progress", "Trades",
                "Open a battle folder to see its trades", "No trades");
    }

    @Test
    void summaries(FxRobot robot) {
        check(robot, c -> new SummariesView(c, new SummariesService()), "#summaries-table", "#summaries-progress",
                "Summaries", "Open a battle folder to see its summaries", "No summaries");
    }

    @Test
    void drawdowns(FxRobot robot) {
        check(robot, c -> new DrawdownView(c, new ChartService()), "#drawdown-table", "#drawdown-progress",
                "Drawdown", "Open a battle folder to see its drawdowns", "No drawdowns");
    }

    @Test
    void decisions(FxRobot robot) {
        check(robot, c -> new DecisionsView(c, new DecisionLogService()), "#decisions-table", "#decisions-progress",
                "Reading the decision log", "Open a battle folder to see its decisions", "No decisions match");
    }

    private void check(FxRobot robot, Function<AppContext, AnalysisView> make, String tableId, String progressId,
                       String jobTitle, String noBattle, String empty) {
        robot.interact(() -> {
            AnalysisView view = make.apply(ctx);
            stage.setScene(new Scene((Parent) view.node(), 1280, 700));
            stage.show();
        });
        TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
        assertThat(placeholder(table)).isEqualTo(noBattle);

        ViewFixture.open(robot, ctx, "tiny", tmp);
        ManualJobs.Pending load = jobs.started().stream().filter(p -> p.title().equals(jobTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + jobTitle + " in " + titles()));
        Node progress = robot.lookup(progressId).query();
        assertThat(progress.isVisible()).as("spinner while loading").isTrue();
        assertThat(placeholder(table)).as("nothing drawn over the spinner").isEmpty();

        robot.interact(load::finish);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.isVisible()).isFalse();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(placeholder(table)).isEqualTo(empty);

        robot.interact(() -> ctx.replaceBattle(null));
        assertThat(placeholder(table)).isEqualTo(noBattle);
    }

    private List<String> titles() {
        return jobs.started().stream().map(ManualJobs.Pending::title).toList();
    }

    private static String placeholder(TableView<?> table) {
        return ((Labeled) table.getPlaceholder()).getText();
    }
}
