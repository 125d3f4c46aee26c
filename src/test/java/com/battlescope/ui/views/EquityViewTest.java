package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartSeries;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.EquityScale;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.Jobs;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
class EquityViewTest {
    @TempDir
    Path tmp;

    private AppContext ctx;
    private EquityView view;
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        view = new EquityView(ctx, new ChartService());
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

    private static double lastY(DataSet ds) {
        return ds.get(DataSet.DIM_Y, ds.getDataCount() - 1);
    }

    @Test
    void showsOneCurvePerModelWithTheSummary(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);

        assertThat(view.id()).isEqualTo("equity");
        assertThat(datasets()).extracting(DataSet::getName).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(datasets()).extracting(DataSet::getDataCount).containsExactly(21, 21);
        assertThat(view.chart().getYAxis().getName()).isEqualTo("Equity ($)");
        assertThat(view.chart().getXAxis().getName()).isEqualTo("Time");
        assertThat(lastY(datasets().get(1))).isEqualTo(100324.28);
        assertThat(robot.lookup("#equity-summary").queryAs(Label.class).getText())
                .isEqualTo("Highest: gpt-4o $100,324.28 (+0.32 %)   Lowest: claude-sonnet-3.5 $99,627.08 (-0.37 %)");
        assertThat(view.tableData().rows()).hasSize(42);
        assertThat(view.chartData().series()).extracting(ChartSeries::name).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(view.isLoading()).isFalse();
    }

    @Test
    void hoverShowsModelTimeAndValue(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        double x = com.battlescope.model.Stamp.parse("2025-01-08 16:04:33.607576").epochSecondsAsWritten();
        robot.moveTo(ViewFixture.screen(view.chart(), x, 100324.28)).moveBy(1, 0).moveBy(-1, 0);
        WaitForAsyncUtils.waitForFxEvents();

        Label tip = robot.lookup("." + io.fair_acc.chartfx.plugins.DataPointTooltip.STYLE_CLASS_LABEL).queryAs(Label.class);
        assertThat(tip.getText()).isEqualTo("gpt-4o\n2025-01-08 16:04:33.607576\n$100,324.28");
    }

    @Test
    void percentToggleShowsReturnsSinceTheStart(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn("#equity-scale-percent");

        assertThat(view.scale()).isEqualTo(EquityScale.PERCENT);
        assertThat(view.chart().getYAxis().getName()).isEqualTo("Return since start (%)");
        assertThat(datasets().get(1).get(DataSet.DIM_Y, 0)).isZero();
        assertThat(lastY(datasets().get(1))).isCloseTo(0.32428, within(1e-9));
        assertThat(lastY(datasets().get(0))).isCloseTo(-0.37292, within(1e-9));
        assertThat(view.tableData().headers()).containsExactly("time", "model", "return_pct");

        robot.clickOn("#equity-scale-log");
        assertThat(view.chart().getYAxis().isLogAxis()).isTrue();
        assertThat(view.chart().getYAxis().getName()).isEqualTo("Equity ($, log scale)");
        robot.clickOn("#equity-scale-log");
        assertThat(view.scale()).as("clicking the chosen scale again keeps it").isEqualTo(EquityScale.LOG);
    }

    @Test
    void benchmarkAddsTheBuyAndHoldLine(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn("#equity-benchmark");

        assertThat(datasets()).extracting(DataSet::getName)
                .containsExactly("claude-sonnet-3.5", "gpt-4o", ChartService.BENCHMARK);
        assertThat(lastY(datasets().get(2))).isCloseTo(50000 * 199.67 / 200.6 + 50000 * 179.84 / 178.16, within(1e-6));
        robot.clickOn("#equity-benchmark");
        assertThat(datasets()).hasSize(2);
    }

    @Test
    void followsTheSelectedModelsTheRangeAndTheBattle(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.interact(() -> ctx.pickModels(List.of("gpt-4o")));
        assertThat(datasets()).extracting(DataSet::getName).containsExactly("gpt-4o");

        robot.interact(() -> ctx.setRange(TimeRange.parse("2025-01-08", null)));
        assertThat(datasets().get(0).getDataCount()).isEqualTo(7);
        assertThat(robot.lookup("#equity-summary").queryAs(Label.class).getText()).startsWith("Highest: gpt-4o");

        robot.interact(() -> ctx.replaceBattle(null));
        assertThat(datasets()).isEmpty();
        assertThat(robot.lookup("#equity-message").queryAs(Label.class).getText())
                .isEqualTo("Open a battle folder to see this chart.");
        assertThat(robot.lookup("#equity-summary").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void liveDataReloadsInPlaceKeepingTheZoom(FxRobot robot) throws Exception {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        ViewFixture.dragZoom(robot, view);
        assertThat(ChartFactory.isZoomed(view.chart())).isTrue();
        double min = view.chart().getXAxis().getMin();
        double max = view.chart().getXAxis().getMax();
        DataSet gpt = datasets().get(1);

        Path metrics = battle.path().resolve("metrics_timeseries.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + metrics)) {
            c.createStatement().executeUpdate("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, "
                    + "positions_value, positions_count) VALUES ('gpt-4o', '2025-01-09 10:04:00', 101000, 101000, 0, 0)");
        }
        robot.interact(ctx::dataChanged);

        assertThat(datasets().get(1)).isSameAs(gpt);
        assertThat(gpt.getDataCount()).isEqualTo(22);
        assertThat(lastY(gpt)).isEqualTo(101000);
        assertThat(ChartFactory.isZoomed(view.chart())).isTrue();
        assertThat(view.chart().getXAxis().getMin()).isEqualTo(min);
        assertThat(view.chart().getXAxis().getMax()).isEqualTo(max);
        assertThat(robot.lookup("#equity-summary").queryAs(Label.class).getText()).contains("$101,000.00");

        robot.clickOn("#equity-reset-zoom");
        assertThat(ChartFactory.isZoomed(view.chart())).isFalse();
        assertThat(view.chart().getXAxis().getMax())
                .isEqualTo(com.battlescope.model.Stamp.parse("2025-01-09 10:04:00").epochSecondsAsWritten());
    }

    @Test
    void aFailedLoadSaysWhy(FxRobot robot) {
        Jobs failing = new Jobs() {
            @Override
            public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                failed.accept(new IllegalStateException("metrics_timeseries.db: disk I/O error"));
                return () -> { };
            }
        };
        AppContext broken = new AppContext(failing);
        EquityView[] v = new EquityView[1];
        battle = new com.battlescope.service.BattleService().open(com.battlescope.testutil.Fixtures.copy("tiny", tmp));
        robot.interact(() -> {
            v[0] = new EquityView(broken, new ChartService());
            view.node().getScene().setRoot((Parent) v[0].node());
            broken.replaceBattle(battle);
        });
        assertThat(v[0].isLoading()).isFalse();
        assertThat(robot.lookup("#equity-message").queryAs(Label.class).getText())
                .isEqualTo("Could not load equity: metrics_timeseries.db: disk I/O error");
    }

    @Test
    void loadsInTheBackgroundWithAProgressIndicator(FxRobot robot) throws Exception {
        FxJobs jobs = new FxJobs();
        AppContext async = new AppContext(jobs);
        EquityView[] v = new EquityView[1];
        robot.interact(() -> {
            v[0] = new EquityView(async, new ChartService());
            view.node().getScene().setRoot((Parent) v[0].node());
        });
        battle = new com.battlescope.service.BattleService().open(com.battlescope.testutil.Fixtures.copy("tiny", tmp));
        boolean[] loadingRightAfter = new boolean[1];
        robot.interact(() -> {
            async.replaceBattle(battle);
            loadingRightAfter[0] = v[0].isLoading() && robot.lookup("#equity-progress").query().isVisible();
        });
        assertThat(loadingRightAfter[0]).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !v[0].isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ChartFactory.renderer(v[0].chart()).getDatasets()).hasSize(2);
        jobs.shutdown();
    }
}
