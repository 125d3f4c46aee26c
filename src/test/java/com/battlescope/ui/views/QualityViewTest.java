package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.quality.DailyExposure;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PnlSources;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.analytics.quality.SplitMoment;
import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.QualityService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.Cells;
import com.battlescope.service.view.QualityCharts;
import com.battlescope.service.view.QualityViewModel;
import com.battlescope.service.view.TradesService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.charts.ChartFactory;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
class QualityViewTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private QualityView view;
    private ComparisonView comparison;
    private final List<String> opened = new ArrayList<>();
    private Battle battle;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new InlineJobs());
        ctx.setViewOpener(opened::add);
        comparison = new ComparisonView(ctx);
        view = new QualityView(ctx, comparison::showAt);
        stage.setScene(new Scene((Parent) view.node(), 1500, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private QualityReport service(Horizon h) {
        return new QualityService().quality(battle, TimeRange.ALL, Set.of(), h, 5);
    }

    private static List<String> column(DataTable t, String header) {
        int i = t.headers().indexOf(header);
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    /** A share as the table writes it, computed here from the service's figure. */
    private static String pct(Double share) {
        return share == null ? "—" : String.format(Locale.US, "%,.2f%%", share * 100);
    }

    @Test
    void valuesShownAreTheServices(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        QualityReport expected = service(Horizon.H1);

        DataTable shown = view.modelTableData();
        assertThat(column(shown, "Model")).containsExactlyElementsOf(
                expected.models().stream().map(ModelQuality::modelId).toList());
        assertThat(column(shown, "Hit rate")).containsExactlyElementsOf(
                expected.models().stream().map(m -> pct(m.hitRate())).toList());
        assertThat(column(shown, "Brier")).containsExactlyElementsOf(expected.models().stream()
                .map(m -> m.brier() == null ? "—" : String.format(Locale.US, "%.3f", m.brier())).toList());
        ModelQuality gpt = expected.models().stream().filter(m -> m.modelId().equals("gpt-4o")).findFirst().orElseThrow();
        List<String> cellTexts = ViewFixture.cells(robot, robot.lookup("#quality-models").queryAs(TableView.class))
                .stream().map(Labeled::getText).toList();
        assertThat(cellTexts).contains("gpt-4o", pct(gpt.hitRate()), String.format(Locale.US, "%.3f", gpt.ece()));
        assertThat(view.chartData().series()).extracting(s -> s.name())
                .contains(QualityViewModel.PERFECT, "gpt-4o · Brier " + String.format(Locale.US, "%.2f", gpt.brier())
                        + " · ECE " + String.format(Locale.US, "%.2f", gpt.ece()));
        assertThat(view.splitTableData().rows()).hasSize(expected.splitsN());
        assertThat(robot.lookup("#quality-split-summary").queryAs(Labeled.class).getText())
                .contains(pct(expected.majorityRight()), String.valueOf(expected.splitsN()));
    }

    @Test
    void whereThePnlCameFromIsTheTradesGrouped(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        List<PnlSources.Row> expected = PnlSources.of(new TradesService().trades(battle, ViewQuery.all()).trades());

        DataTable shown = view.pnlTableData();
        assertThat(shown.rows()).hasSize(expected.size());
        assertThat(column(shown, "P&L $")).containsExactlyElementsOf(
                expected.stream().map(r -> Cells.money(r.pnl())).toList());
        assertThat(column(shown, "By")).contains("symbol", "side", "hour", "weekday", "outcome", "return");
    }

    @Test
    void horizonSwitchReloadsTheFigures(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        List<String> oneHour = column(view.modelTableData(), "Hit rate");
        robot.interact(() -> view.horizonChoice().setValue(Horizon.D1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.report().horizonHours()).isEqualTo(24);
        List<String> oneDay = column(view.modelTableData(), "Hit rate");
        assertThat(oneDay).containsExactlyElementsOf(service(Horizon.D1).models().stream()
                .map(m -> pct(m.hitRate())).toList());
        assertThat(oneDay).isNotEqualTo(oneHour);
        assertThat(view.chartData().title()).contains("1d");
    }

    @Test
    void doubleClickOnASplitOpensTheComparisonAtThatMoment(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        SplitMoment newest = QualityViewModel.newestFirst(view.report()).get(0);
        Labeled timeCell = ViewFixture.cells(robot, robot.lookup("#quality-splits").queryAs(TableView.class)).stream()
                .filter(c -> Cells.time(newest.time()).equals(c.getText())).findFirst().orElseThrow();

        robot.doubleClickOn(timeCell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly("comparison");
        assertThat(comparison.viewModel().symbolProperty().get()).isEqualTo(newest.symbol());
        assertThat(comparison.viewModel().momentProperty().get()).isNotNull();
        assertThat(comparison.viewModel().momentProperty().get().time().local()).isEqualTo(newest.time().local());
        assertThat(comparison.viewModel().momentProperty().get().byModel().keySet())
                .containsAll(newest.takes().stream().map(SplitMoment.Take::modelId).toList());
    }

    /** The y values the chart draws for a series (its ChartFX data set). */
    private static double[] drawn(XYChart chart, String name) {
        DataSet ds = ChartFactory.renderer(chart).getDatasets().stream().filter(d -> d.getName().equals(name))
                .findFirst().orElseThrow();
        return ds.getValues(DataSet.DIM_Y).length == ds.getDataCount() ? ds.getValues(DataSet.DIM_Y)
                : java.util.Arrays.copyOf(ds.getValues(DataSet.DIM_Y), ds.getDataCount());
    }

    @Test
    void plansAreStackedBarsOfTheServicesShares(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        List<ModelQuality> withPlans = service(Horizon.H1).models().stream().filter(m -> m.plan().n() > 0).toList();
        assertThat(withPlans).isNotEmpty();
        robot.interact(() -> view.lowerTabs().getSelectionModel().select(1));

        XYChart chart = robot.lookup("#quality-plans-chart").queryAs(XYChart.class);
        assertThat(view.chart()).isSameAs(chart);
        ChartData shown = view.plansData();
        assertThat(shown.categories()).containsExactlyElementsOf(withPlans.stream()
                .map(m -> m.modelId() + " · R " + Cells.ratio(m.plan().plannedRMedian())).toList());
        double[] target = withPlans.stream().mapToDouble(m -> 100.0 * m.plan().targetFirst() / m.plan().n()).toArray();
        double[] stop = withPlans.stream().mapToDouble(m -> 100.0 * (m.plan().targetFirst() + m.plan().stopFirst())
                / m.plan().n()).toArray();
        assertThat(drawn(chart, QualityCharts.TARGET_FIRST)).containsExactly(target, within(1e-9));
        assertThat(drawn(chart, QualityCharts.STOP_FIRST)).containsExactly(stop, within(1e-9));
        assertThat(drawn(chart, QualityCharts.NEITHER)).containsOnly(100.0);
        assertThat(ChartFactory.renderer(chart).isDrawBars()).isTrue();
    }

    @Test
    void exposureAndTimeInMarketAreTheDailyMeansOfTheSnapshots(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        robot.interact(() -> view.lowerTabs().getSelectionModel().select(2));
        XYChart chart = robot.lookup("#quality-exposure-chart").queryAs(XYChart.class);
        assertThat(view.chart()).isSameAs(chart);
        String model = battle.modelIds().get(0);
        List<DailyExposure> days = DailyExposure.of(battle.snapshots(model, TimeRange.ALL));
        assertThat(days).isNotEmpty();

        assertThat(drawn(chart, model)).containsExactly(days.stream().mapToDouble(DailyExposure::exposurePct)
                .toArray(), within(1e-9));
        assertThat(view.exposureChartData().yLabel()).isEqualTo("Exposure (%)");

        robot.interact(() -> view.exposureChoice().setValue(QualityView.IN_MARKET));
        assertThat(drawn(chart, model)).containsExactly(days.stream().mapToDouble(DailyExposure::inMarketPct)
                .toArray(), within(1e-9));
        assertThat(view.exposureChartData().yLabel()).isEqualTo("In the market (%)");
    }

    @Test
    void pnlChartsShowTheGroupedTrades(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        List<PnlSources.Row> rows = PnlSources.of(new TradesService().trades(battle, ViewQuery.all()).trades());
        robot.interact(() -> view.lowerTabs().getSelectionModel().select(3));
        XYChart chart = robot.lookup("#quality-pnl-chart").queryAs(XYChart.class);
        assertThat(view.chart()).isSameAs(chart);
        String model = rows.get(0).modelId();

        assertThat(drawn(chart, model)).containsExactly(rows.stream().filter(r -> r.modelId().equals(model)
                && r.dimension().equals("hour")).mapToDouble(PnlSources.Row::pnl).toArray(), within(1e-9));
        assertThat(view.pnlChartData().categories()).hasSize(24);

        robot.interact(() -> view.pnlChoice().setValue(QualityCharts.PnlChart.WEEKDAY));
        assertThat(drawn(chart, model)).containsExactly(rows.stream().filter(r -> r.modelId().equals(model)
                && r.dimension().equals("weekday")).mapToDouble(PnlSources.Row::pnl).toArray(), within(1e-9));

        robot.interact(() -> view.pnlChoice().setValue(QualityCharts.PnlChart.RETURNS));
        assertThat(drawn(chart, model)).containsExactly(rows.stream().filter(r -> r.modelId().equals(model)
                && r.dimension().equals("return")).mapToDouble(PnlSources.Row::trades).toArray(), within(1e-9));

        robot.interact(() -> view.pnlChoice().setValue(QualityCharts.PnlChart.DURATIONS));
        double[] winners = rows.stream().filter(r -> r.dimension().equals("outcome") && r.key().equals("winners"))
                .mapToDouble(PnlSources.Row::meanHoldingHours).toArray();
        double[] losers = rows.stream().filter(r -> r.dimension().equals("outcome") && r.key().equals("losers"))
                .mapToDouble(PnlSources.Row::meanHoldingHours).toArray();
        assertThat(drawn(chart, QualityCharts.WINNERS)).containsExactly(winners, within(1e-9));
        assertThat(drawn(chart, QualityCharts.LOSERS)).containsExactly(losers, within(1e-9));
    }

    @Test
    void theCsvHasEveryTableAndChartInSections(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "full-split", tmp);
        DataTable all = view.tableData();
        DataTable models = view.modelTableData();

        assertThat(all.rows().subList(0, models.rows().size())).allSatisfy(r ->
                assertThat(r.subList(0, models.headers().size())).isIn(models.rows()));
        List<String> sections = all.rows().stream().filter(r -> r.get(0).equals("section")).map(r -> r.get(1))
                .toList();
        assertThat(sections).containsExactly("quality-splits", "quality-pnl", "quality", "quality-plans",
                "quality-exposure", "quality-in-market", "quality-pnl-hour");
        int splitsAt = all.rows().indexOf(all.rows().stream().filter(r -> r.get(1).equals("quality-splits"))
                .findFirst().orElseThrow());
        assertThat(all.rows().get(splitsAt + 1).subList(0, view.splitTableData().headers().size()))
                .isEqualTo(view.splitTableData().headers());
        assertThat(all.rows().stream().filter(r -> r.get(1).equals("quality-pnl")).count()).isEqualTo(1);
        assertThat(all.rows().size()).isGreaterThan(models.rows().size() + view.splitTableData().rows().size()
                + view.pnlTableData().rows().size());
    }
}
