package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.view.ChartService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
class RankHistoryViewTest {
    @TempDir
    Path tmp;

    private AppContext ctx;
    private RankHistoryView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new RankHistoryView(ctx, new ChartService());
        stage.setScene(new Scene((Parent) view.node(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private List<DataSet> datasets() {
        return ChartFactory.renderer(view.chart()).getDatasets();
    }

    @Test
    void bumpChartOfTheLeaderboardRanks(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        assertThat(view.id()).isEqualTo("rank-history");
        assertThat(view.timeframe()).isEqualTo(Timeframe.ALL_TIME);
        assertThat(view.chart().getTitle()).isEqualTo("Rank history (all time)");
        assertThat(view.chart().getYAxis().getName()).isEqualTo("Rank (1 = best)");
        assertThat(view.chart().getYAxis().isInvertedAxis()).isTrue();
        assertThat(datasets()).extracting(DataSet::getName).containsExactly("claude-sonnet-3.5", "gpt-4o");
        DataSet gpt = datasets().get(1);
        assertThat(gpt.getDataCount()).isEqualTo(3);
        assertThat(new double[] {gpt.get(DataSet.DIM_Y, 0), gpt.get(DataSet.DIM_Y, 1), gpt.get(DataSet.DIM_Y, 2)})
                .containsExactly(1, 2, 1);
        assertThat(view.tableData().headers()).containsExactly("time", "model", "rank");
    }

    @Test
    void changingTheTimeframeChangesTheChart(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn("#rank-timeframe");
        robot.clickOn("Weekly");

        assertThat(view.timeframe()).isEqualTo(Timeframe.WEEKLY);
        assertThat(view.chart().getTitle()).isEqualTo("Rank history (weekly, computed from hourly snapshots)");
        assertThat(datasets()).extracting(DataSet::getDataCount).containsExactly(21, 21);
        assertThat(datasets().get(0).get(DataSet.DIM_Y, 0)).isEqualTo(1);

        robot.clickOn("#rank-timeframe");
        robot.clickOn("Daily");
        assertThat(view.chart().getTitle()).isEqualTo("Rank history (daily)");
        assertThat(datasets()).extracting(DataSet::getDataCount).containsExactly(3, 3);
    }

    @Test
    void hoverShowsRankPreviousRankAndReturn(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        double x = Stamp.parse("2025-01-07 16:05:00.860096").epochSecondsAsWritten();
        robot.moveTo(ViewFixture.screen(view.chart(), x, 2)).moveBy(1, 0).moveBy(-1, 0);
        WaitForAsyncUtils.waitForFxEvents();

        Label tip = robot.lookup("." + DataPointTooltip.STYLE_CLASS_LABEL).queryAs(Label.class);
        assertThat(tip.getText()).isEqualTo("gpt-4o\n2025-01-07 16:05:00.860096\nRank 2 (previous 1)\nReturn -0.28 %");
    }
}
