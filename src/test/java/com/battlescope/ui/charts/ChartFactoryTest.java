package com.battlescope.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import io.fair_acc.chartfx.axes.Axis;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartFactoryTest {
    /** 2025-01-06 00:00:00 as written, in epoch seconds. */
    private static final double DAY0 = 1736121600;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    private static ChartSeries hourly(String name, String color, int hours, double start) {
        double[] x = new double[hours];
        double[] y = new double[hours];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            x[i] = DAY0 + i * 3600;
            y[i] = start + i;
            labels.add("t" + i);
        }
        return new ChartSeries(name, color, x, y, labels);
    }

    private static ChartData equity(ChartSeries... series) {
        return new ChartData("equity", "Equity curves", "Time", "Equity ($)", true, false, false, "equity",
                List.of(series));
    }

    private XYChart shown(FxRobot robot, ChartData data) {
        XYChart[] chart = new XYChart[1];
        robot.interact(() -> {
            chart[0] = ChartFactory.create(data);
            root.getChildren().setAll(chart[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return chart[0];
    }

    private static List<String> tickLabels(DefaultNumericAxis axis) {
        return axis.getTickMarks().stream().filter(TickMark::isVisible).map(TickMark::getText).toList();
    }

    @Test
    void seriesAxesAndColours(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 240, 1000), hourly("b", "#E69F00", 240, 2000)));

        assertThat(chart.getTitle()).isEqualTo("Equity curves");
        assertThat(chart.legendVisibleProperty().get()).isTrue();
        assertThat(chart.getXAxis().getName()).isEqualTo("Time");
        assertThat(chart.getYAxis().getName()).isEqualTo("Equity ($)");
        assertThat(chart.getXAxis().isTimeAxis()).isTrue();
        var renderer = ChartFactory.renderer(chart);
        assertThat(renderer.getDatasets()).extracting(d -> d.getName()).containsExactly("a", "b");
        assertThat(renderer.getDatasets().get(0).getDataCount()).isEqualTo(240);
        assertThat(renderer.getDatasetNodes().get(0).getLineColor()).isEqualTo(Color.web("#0072B2"));
        assertThat(renderer.getDatasetNodes().get(1).getLineColor()).isEqualTo(Color.web("#E69F00"));
        assertThat(renderer.isDrawMarker()).as("240-point curves are lines only").isFalse();
        assertThat(renderer.isReducePoints()).isTrue();
        assertThat(tickLabels((DefaultNumericAxis) chart.getXAxis()))
                .isNotEmpty().allMatch(t -> t.matches("2025-01-\\d\\d"));
        assertThat(chart.getXAxis().getMin()).isEqualTo(DAY0);
    }

    @Test
    void theCrosshairShowsOnlyWithTheMouseOverTheChart(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 240, 1000)));
        MouseCrosshair crosshair = chart.getPlugins().stream().filter(MouseCrosshair.class::isInstance)
                .map(MouseCrosshair.class::cast).findFirst().orElseThrow();
        assertThat(crosshair.showing()).isFalse();

        Axis x = chart.getXAxis();
        Axis y = chart.getYAxis();
        double sx = ((Node) x).localToScreen(x.getDisplayPosition(DAY0 + 100 * 3600), 0).getX();
        double sy = ((Node) y).localToScreen(0, y.getDisplayPosition(1100)).getY();
        robot.moveTo(new Point2D(sx, sy));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(crosshair.showing()).isTrue();
        assertThat(crosshair.label()).doesNotContain("NaN").contains(",");
    }

    @Test
    void tooltipTextIsModelTimeAndValue(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 3, 100000)));
        assertThat(ChartFactory.renderer(chart).getDatasets().get(0).getDataLabel(1))
                .isEqualTo("a\nt1\n$100,001.00");
        assertThat(ChartFactory.renderer(chart).isDrawMarker()).as("short series show their points").isTrue();
    }

    @Test
    void timeTicksGainDetailWhenZoomedIn(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 240, 1000)));
        robot.interact(() -> {
            chart.getXAxis().setAutoRanging(false);
            chart.getXAxis().set(DAY0 + 86400, DAY0 + 86400 * 1.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tickLabels((DefaultNumericAxis) chart.getXAxis()))
                .isNotEmpty().allMatch(t -> t.matches("01-07 \\d\\d:\\d\\d"));
    }

    @Test
    void updateReplacesPointsAndKeepsTheZoom(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 240, 1000), hourly("b", "#E69F00", 240, 2000)));
        var first = ChartFactory.renderer(chart).getDatasets().get(0);
        robot.drag(robot.point(chart.getCanvas()).atOffset(-200, -100)).dropBy(150, 100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ChartFactory.isZoomed(chart)).isTrue();
        double min = chart.getXAxis().getMin();
        double max = chart.getXAxis().getMax();
        assertThat(max - min).isLessThan(240 * 3600 * 0.5);

        robot.interact(() -> ChartFactory.update(chart, equity(hourly("a", "#0072B2", 250, 1000),
                hourly("c", "#009E73", 250, 3000))));
        WaitForAsyncUtils.waitForFxEvents();
        var datasets = ChartFactory.renderer(chart).getDatasets();
        assertThat(datasets).extracting(d -> d.getName()).containsExactly("a", "c");
        assertThat(datasets.get(0)).as("same series id: same data set, new points").isSameAs(first);
        assertThat(datasets.get(0).getDataCount()).isEqualTo(250);
        assertThat(chart.getXAxis().getMin()).isEqualTo(min);
        assertThat(chart.getXAxis().getMax()).isEqualTo(max);
        assertThat(ChartFactory.isZoomed(chart)).isTrue();

        robot.interact(() -> ChartFactory.resetZoom(chart));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ChartFactory.isZoomed(chart)).isFalse();
        assertThat(chart.getXAxis().getMin()).isEqualTo(DAY0);
        assertThat(chart.getXAxis().getMax()).isEqualTo(DAY0 + 249 * 3600);
    }

    @Test
    void rankAxisIsInvertedWithWholeNumberTicks(FxRobot robot) {
        ChartSeries a = new ChartSeries("a", "#0072B2", new double[] {DAY0, DAY0 + 86400, DAY0 + 2 * 86400},
                new double[] {1, 3, 2});
        ChartSeries b = new ChartSeries("b", "#E69F00", new double[] {DAY0, DAY0 + 86400, DAY0 + 2 * 86400},
                new double[] {3, 1, 1});
        XYChart chart = shown(robot, new ChartData("rank-history", "Rank history (all time)", "Time",
                "Rank (1 = best)", true, true, false, "rank", List.of(a, b)));
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        assertThat(y.isInvertedAxis()).isTrue();
        assertThat(y.getDisplayPosition(1)).as("rank 1 at the top").isLessThan(y.getDisplayPosition(3));
        assertThat(tickLabels(y)).isNotEmpty().allMatch(t -> t.matches("\\d+")).contains("1", "2", "3");
        assertThat(ChartFactory.renderer(chart).getDatasets().get(1).getDataLabel(1)).isEqualTo("b\n" + (DAY0 + 86400)
                + "\n#1");
    }

    @Test
    void pointsAtASingleTimeGetADayAroundThem(FxRobot robot) {
        ChartSeries one = new ChartSeries("a", "#0072B2", new double[] {DAY0}, new double[] {2});
        ChartData single = new ChartData("rank-history", "Rank history (monthly)", "Time", "Rank (1 = best)", true,
                true, false, "rank", List.of(one));
        XYChart chart = shown(robot, single);
        assertThat(chart.getXAxis().getMin()).isEqualTo(DAY0 - 43200);
        assertThat(chart.getXAxis().getMax()).isEqualTo(DAY0 + 43200);

        robot.interact(() -> ChartFactory.update(chart, equity(hourly("a", "#0072B2", 48, 1000))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getXAxis().isAutoRanging()).isTrue();
        assertThat(chart.getXAxis().getMax()).isEqualTo(DAY0 + 47 * 3600);
    }

    @Test
    void logScaleAndBenchmarkStyle(FxRobot robot) {
        ChartSeries bench = hourly(com.battlescope.service.view.ChartService.BENCHMARK, ModelPalette.BENCHMARK, 50, 100);
        XYChart chart = shown(robot, new ChartData("equity", "Equity curves (log scale)", "Time",
                "Equity ($, log scale)", true, false, true, "equity", List.of(hourly("a", "#0072B2", 50, 100), bench)));
        assertThat(((DefaultNumericAxis) chart.getYAxis()).isLogAxis()).isTrue();
        var node = ChartFactory.renderer(chart).getDatasetNodes().get(1);
        assertThat(node.getLineColor()).isEqualTo(Color.web(ModelPalette.BENCHMARK));
        assertThat(node.getLineDashes()).containsExactly(6, 4);
    }

    @Test
    void highlightMarksOnePeriodAtATime(FxRobot robot) {
        XYChart chart = shown(robot, equity(hourly("a", "#0072B2", 240, 1000)));
        robot.interact(() -> ChartFactory.highlightPeriod(chart, DAY0 + 86400, DAY0 + 2 * 86400));
        robot.interact(() -> ChartFactory.highlightPeriod(chart, DAY0 + 3 * 86400, DAY0 + 4 * 86400, "-5.00 %"));
        WaitForAsyncUtils.waitForFxEvents();
        var ranges = chart.getPlugins().stream()
                .filter(io.fair_acc.chartfx.plugins.XRangeIndicator.class::isInstance)
                .map(io.fair_acc.chartfx.plugins.XRangeIndicator.class::cast).toList();
        assertThat(ranges).singleElement().satisfies(r -> {
            assertThat(r.getLowerBound()).isEqualTo(DAY0 + 3 * 86400);
            assertThat(r.getUpperBound()).isEqualTo(DAY0 + 4 * 86400);
            assertThat(r.getText()).isEqualTo("-5.00 %");
        });
        assertThat(ChartFactory.highlight(chart)).isSameAs(ranges.get(0));
        robot.interact(() -> ChartFactory.show(chart, equity(hourly("a", "#0072B2", 24, 1000))));
        assertThat(ChartFactory.highlight(chart)).as("a new view drops the highlight").isNull();
    }

    @Test
    void twentyModelsOfAYearOfHoursRenderQuickly(FxRobot robot) {
        List<ChartSeries> series = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            series.add(hourly("m" + m, ModelPalette.PALETTE.get(m), 8760, 1000 + m * 10));
        }
        long start = System.nanoTime();
        XYChart chart = shown(robot, equity(series.toArray(ChartSeries[]::new)));
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(ChartFactory.renderer(chart).getDatasets()).hasSize(20);
        assertThat(ChartFactory.renderer(chart).isActualReducePoints()).isTrue();
        start = System.nanoTime();
        robot.interact(() -> {
            chart.getXAxis().setAutoRanging(false);
            chart.getXAxis().set(DAY0, DAY0 + 30 * 86400);
            chart.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        long zoomMs = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("20 x 8760 points: first render %d ms, zoomed re-render %d ms%n", firstMs, zoomMs);
        assertThat(firstMs).as("generous: the build machine is shared").isLessThan(8000);
        assertThat(zoomMs).isLessThan(3000);
    }
}
