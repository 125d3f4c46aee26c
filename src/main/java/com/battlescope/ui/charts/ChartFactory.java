package com.battlescope.ui.charts;

import com.battlescope.ui.Theme;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.service.view.ChartService;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.format.DefaultFormatter;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.datareduction.DefaultDataReducer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.util.StringConverter;

/**
 * Builds the ChartFX chart of a {@link ChartData}: UTC time axis, labelled y axis (inverted with integer ticks
 * for ranks, logarithmic on request), one coloured line per series with point reduction, and the plugins for
 * zoom (drag, wheel), pan, crosshair and point tooltips. Everything here runs on the FX thread.
 */
public final class ChartFactory {
    private static final String HIGHLIGHT = "battlescope.highlight";
    /** Above this many points in a series lines are drawn without markers. */
    static final int MARKER_LIMIT = 100;
    private static final String TEXT_KEY = "battlescope.pointText";
    private static final String DATA_KEY = "battlescope.chartData";
    private static final String FIXED_X = "battlescope.fixedX";
    private static final String CATEGORY_X = "battlescope.categoryX";

    private ChartFactory() {
    }

    /** A chart whose tooltips show model, time and value. */
    public static XYChart create(ChartData data) {
        return create(data, defaultText(data.valueName()));
    }

    /** A chart whose tooltips show {@code text}. */
    public static XYChart create(ChartData data, PointText text) {
        DefaultNumericAxis x = new DefaultNumericAxis();
        x.setSide(Side.BOTTOM);
        DefaultNumericAxis y = new DefaultNumericAxis();
        y.setSide(Side.LEFT);
        XYChart chart = new XYChart(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getProperties().put(TEXT_KEY, text);

        ErrorDataSetRenderer renderer = new LineRenderer();
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPointReduction(true);
        renderer.setAssumeSortedData(true);
        renderer.setRendererDataReducer(new DefaultDataReducer());
        renderer.getAxes().setAll(x, y); // the tooltip only looks at the renderer's own axes
        chart.getRenderers().setAll(renderer);

        Zoomer zoomer = new Zoomer();
        zoomer.setAnimated(false);
        zoomer.setPannerEnabled(true);
        zoomer.setSliderVisible(false);
        chart.getPlugins().addAll(zoomer, new MouseCrosshair(), new SeriesTooltip(), new EditAxis());
        x.widthProperty().addListener((o, was, now) -> sizeBars(chart));
        show(chart, data);
        return chart;
    }

    /** Replaces what the chart shows (a new battle, models, range or scale): zoom and highlights are reset. */
    public static void show(XYChart chart, ChartData data) {
        resetZoom(chart);
        clearHighlights(chart);
        renderer(chart).getDatasets().clear();
        update(chart, data);
    }

    /**
     * Updates the chart in place (live data): series with the same name get the new points (only those, when
     * the series just grew at its end), new series are added and missing ones removed; the user's zoom stays.
     */
    public static void update(XYChart chart, ChartData data) {
        chart.getProperties().put(DATA_KEY, data);
        chart.setTitle(data.title());
        configureAxes(chart, data);
        ErrorDataSetRenderer renderer = renderer(chart);
        Map<String, SeriesDataSet> current = new HashMap<>();
        for (DataSet ds : renderer.getDatasets()) {
            current.put(ds.getName(), (SeriesDataSet) ds);
        }
        PointText text = (PointText) chart.getProperties().get(TEXT_KEY);
        List<DataSet> next = new ArrayList<>();
        int longest = 0;
        for (ChartSeries shown : data.series()) {
            ChartSeries s = data.bars() == ChartData.Bars.SIDE_BY_SIDE ? beside(shown, next.size(),
                    data.series().size()) : shown;
            SeriesDataSet ds = current.get(s.name());
            if (ds == null) {
                ds = new SeriesDataSet(s, text);
                ds.setStyle(style(s));
            } else {
                ds.update(s);
            }
            next.add(ds);
            longest = Math.max(longest, s.size());
        }
        renderer.setDrawMarker(!data.isBars() && longest <= MARKER_LIMIT);
        renderer.setDrawBars(data.isBars());
        renderer.setPolyLineStyle(data.isBars() ? LineStyle.NONE : LineStyle.NORMAL);
        renderer.setPointReduction(!data.isBars());
        renderer.setShiftBar(false); // side by side is done by moving the series (see beside)
        renderer.setDynamicBarWidth(false);
        sizeBars(chart);
        if (data.categories().isEmpty()) {
            fitSingleTime(chart, data);
        }
        if (data.bars() == ChartData.Bars.OVERLAID) {
            java.util.Collections.reverse(next); // ChartFX paints its first data set last: the stack's top goes first
        }
        if (!renderer.getDatasets().equals(next)) {
            renderer.getDatasets().setAll(next);
        }
    }

    /**
     * Bars as wide as the SVG export draws them: 70 % of a category's slot, or 80 % shared by the series drawn side
     * by side (ChartFX's own bar widths follow the points' spacing, which differs per series).
     */
    private static void sizeBars(XYChart chart) {
        ChartData data = data(chart);
        if (data == null || !data.isBars()) {
            return;
        }
        DefaultNumericAxis x = (DefaultNumericAxis) chart.getXAxis();
        double slot = x.getWidth() / Math.max(1, x.getMax() - x.getMin());
        double share = data.bars() == ChartData.Bars.SIDE_BY_SIDE ? 0.8 / Math.max(1, data.series().size()) : 0.7;
        renderer(chart).setBarWidth((int) Math.max(1, Math.round(slot * share)));
        chart.requestLayout();
    }

    /**
     * Series {@code index} of {@code count} drawn side by side: moved within its category's slot (80 % of it shared
     * by the series); the values stay as they are.
     */
    static ChartSeries beside(ChartSeries s, int index, int count) {
        double width = 0.8 / Math.max(1, count);
        double shift = (index - (count - 1) / 2.0) * width;
        double[] x = s.x().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += shift;
        }
        return new ChartSeries(s.name(), s.color(), x, s.y(), s.labels());
    }

    /** The data the chart shows now (as last given to {@link #show} or {@link #update}). */
    public static ChartData data(XYChart chart) {
        return (ChartData) chart.getProperties().get(DATA_KEY);
    }

    /** Back to the full view of the data. */
    public static void resetZoom(XYChart chart) {
        zoomer(chart).zoomOrigin();
    }

    public static boolean isZoomed(XYChart chart) {
        return !zoomer(chart).zoomStackDeque().isEmpty();
    }

    /** Marks the x span [fromX, toX] (e.g. a drawdown period), replacing an earlier highlight. */
    public static XRangeIndicator highlightPeriod(XYChart chart, double fromX, double toX) {
        return highlightPeriod(chart, fromX, toX, "");
    }

    public static XRangeIndicator highlightPeriod(XYChart chart, double fromX, double toX, String text) {
        clearHighlights(chart);
        XRangeIndicator range = new PeriodHighlight(chart.getXAxis(), Math.min(fromX, toX), Math.max(fromX, toX), text);
        chart.getPlugins().add(range);
        chart.getProperties().put(HIGHLIGHT, range);
        return range;
    }

    public static void clearHighlights(XYChart chart) {
        Object old = chart.getProperties().remove(HIGHLIGHT);
        if (old != null) {
            chart.getPlugins().remove((ChartPlugin) old);
        }
    }

    /** The current highlight, or null. */
    public static XRangeIndicator highlight(XYChart chart) {
        return (XRangeIndicator) chart.getProperties().get(HIGHLIGHT);
    }

    public static ErrorDataSetRenderer renderer(XYChart chart) {
        return (ErrorDataSetRenderer) chart.getRenderers().get(0);
    }

    public static Zoomer zoomer(XYChart chart) {
        return chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast).findFirst()
                .orElseThrow();
    }

    /** Model, time and value, e.g. {@code gpt-4o / 2025-01-06 10:04:55 / $100,000.00}. */
    public static PointText defaultText(String valueName) {
        return (s, i) -> s.name() + "\n" + (s.labels().isEmpty() ? Double.toString(s.x()[i]) : s.labels().get(i))
                + "\n" + value(valueName, s.y()[i]);
    }

    /** A value as the tooltips show it: dollars, ranks, or percentages for the other charts. */
    public static String value(String valueName, double v) {
        return switch (valueName) {
            case "equity" -> String.format(Locale.US, "$%,.2f", v);
            case "rank" -> "#" + Math.round(v);
            case "pnl" -> String.format(Locale.US, "%+,.2f $", v);
            case "trades" -> String.format(Locale.US, "%,.0f trades", v);
            case "hours" -> String.format(Locale.US, "%,.1f h", v);
            default -> String.format(Locale.US, "%+.2f %%", v);
        };
    }

    private static void configureAxes(XYChart chart, ChartData data) {
        DefaultNumericAxis x = (DefaultNumericAxis) chart.getXAxis();
        x.setName(data.xLabel());
        x.setUnit(null);
        x.setTimeAxis(data.timeAxis());
        x.setTickLabelFormatter(data.timeAxis() ? new TimeTickFormat(x) : null);
        if (!data.categories().isEmpty()) {
            categoryAxis(x, data);
        } else if (x.getProperties().remove(CATEGORY_X) != null) {
            x.setAutoRanging(true);
            x.setAutoUnitScaling(true);
        }
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        y.setName(data.yLabel());
        y.setUnit(null);
        y.setLogAxis(data.logY());
        y.setForceZeroInRange(data.isBars());
        y.invertAxis(data.invertedY());
        boolean rank = "rank".equals(data.valueName());
        if (rank) {
            DefaultFormatter integers = new DefaultFormatter(y);
            integers.setTickUnitSupplier(ChartFactory::integerTickUnit);
            y.setAxisLabelFormatter(integers);
            y.setTickLabelFormatter(INTEGER);
            y.setMinorTickCount(0);
            y.setAutoRangePadding(0.05);
        } else {
            y.setAxisLabelFormatter(null);
            y.setTickLabelFormatter(new NumberTickFormat(y));
            y.setMinorTickCount(10);
            y.setAutoRangePadding(0.02);
        }
    }

    /**
     * Points all at one time (e.g. a single leaderboard snapshot) give the x axis no span: show a day around
     * them instead. Left alone while the user is zoomed in.
     */
    private static void fitSingleTime(XYChart chart, ChartData data) {
        if (isZoomed(chart)) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : data.series()) {
            for (double v : s.x()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == max) {
            double pad = data.timeAxis() ? 43200 : Math.max(1, Math.abs(min) * 0.01);
            chart.getXAxis().setAutoRanging(false);
            chart.getXAxis().set(min - pad, max + pad);
            chart.getProperties().put(FIXED_X, true);
        } else if (chart.getProperties().remove(FIXED_X) != null) {
            chart.getXAxis().setAutoRanging(true); // only undo our own fixing, not a range the user typed
        }
    }

    /** One tick per category, named by it, and half a slot of room at both ends. */
    private static void categoryAxis(DefaultNumericAxis x, ChartData data) {
        x.getProperties().put(CATEGORY_X, true);
        x.setAutoRanging(false);
        x.setAutoUnitScaling(false);
        x.set(-0.5, data.categories().size() - 0.5);
        x.setTickUnit(1);
        x.setMinorTickCount(0);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                String c = data.category(n.doubleValue());
                return c == null ? "" : c;
            }

            @Override
            public Number fromString(String s) {
                return data.categories().indexOf(s);
            }
        });
    }

    /** Rank ticks: whole numbers, 1, 2, 5, 10, ... apart. */
    static double integerTickUnit(double reference) {
        if (reference <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(reference)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= reference) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static final StringConverter<Number> INTEGER = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s.trim());
        }
    };

    private static String style(ChartSeries s) {
        String color = Theme.seriesColor(s.color());
        String style = "-fx-line-color: " + color + "; -fx-marker-color: " + color + "; -fx-line-width: 1.5; -fx-marker-size: 2.5;";
        return s.name().equals(ChartService.BENCHMARK)
                ? style + " -fx-line-dash-array: 6 4;" : style;
    }
}
