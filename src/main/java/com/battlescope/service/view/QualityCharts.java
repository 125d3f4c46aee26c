package com.battlescope.service.view;

import com.battlescope.analytics.quality.DailyExposure;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PlanAdherence;
import com.battlescope.analytics.quality.PnlSources;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.Stamp;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The Quality view's other charts as plain data (drawn by ChartFX, written as PNG, SVG and CSV): exposure and time
 * in market day by day, the plans' outcomes stacked per model, and where the P&L came from as bars per model.
 */
public final class QualityCharts {
    public static final String TARGET_FIRST = "Target first";
    public static final String STOP_FIRST = "Stop first";
    public static final String NEITHER = "Neither";
    public static final String WINNERS = "Winners";
    public static final String LOSERS = "Losers";

    /** What the P&L chart shows. */
    public enum PnlChart {
        HOUR("By hour of entry"), WEEKDAY("By weekday of entry"), RETURNS("Trade returns"),
        DURATIONS("Durations: winners vs losers");

        private final String label;

        PnlChart(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private QualityCharts() {
    }

    /**
     * Per model a line of its daily mean exposure (positions value / equity, %) or, with {@code inMarket}, the
     * share of the day's snapshots with an open position.
     */
    public static ChartData exposure(Map<String, List<DailyExposure>> byModel, boolean inMarket, ModelPalette palette) {
        List<ChartSeries> series = new ArrayList<>();
        byModel.forEach((model, days) -> {
            double[] x = days.stream().mapToDouble(d -> Stamp.of(d.day().atStartOfDay()).epochSecondsAsWritten())
                    .toArray();
            double[] y = days.stream().mapToDouble(d -> inMarket ? d.inMarketPct() : d.exposurePct()).toArray();
            List<String> labels = days.stream().map(d -> d.day().toString()).toList();
            series.add(new ChartSeries(model, palette.hex(model), x, y, labels));
        });
        return inMarket
                ? new ChartData("quality-in-market", "Time in market: share of each day's snapshots with a position",
                "Day", "In the market (%)", true, false, false, "in_market_pct", series)
                : new ChartData("quality-exposure", "Exposure: daily mean of positions value / equity", "Day",
                "Exposure (%)", true, false, false, "exposure_pct", series);
    }

    /**
     * Per model with plans a stacked bar: target first at the bottom, stop first on it, neither on top (values are
     * the segments' tops in % of the plans, so the neither bar ends at 100); the model's name carries its planned R.
     */
    public static ChartData plans(QualityReport r) {
        List<ModelQuality> withPlans = r.models().stream().filter(m -> m.plan().n() > 0).toList();
        List<String> categories = withPlans.stream().map(m -> m.modelId() + " · R " + Cells.ratio(m.plan()
                .plannedRMedian())).toList();
        double[] x = IntStream.range(0, withPlans.size()).asDoubleStream().toArray();
        double[] target = new double[x.length];
        double[] stop = new double[x.length];
        double[] neither = new double[x.length];
        List<String> targetText = new ArrayList<>();
        List<String> stopText = new ArrayList<>();
        List<String> neitherText = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            PlanAdherence p = withPlans.get(i).plan();
            target[i] = 100.0 * p.targetFirst() / p.n();
            stop[i] = 100.0 * (p.targetFirst() + p.stopFirst()) / p.n();
            neither[i] = 100;
            String model = withPlans.get(i).modelId();
            targetText.add(planText(model, TARGET_FIRST, p.targetFirst(), p));
            stopText.add(planText(model, STOP_FIRST, p.stopFirst(), p));
            neitherText.add(planText(model, NEITHER, p.neither(), p));
        }
        List<ChartSeries> series = List.of(new ChartSeries(NEITHER, "#9E9E9E", x, neither, neitherText),
                new ChartSeries(STOP_FIRST, "#C62828", x, stop, stopText),
                new ChartSeries(TARGET_FIRST, "#2E7D32", x, target, targetText));
        return ChartData.bars("quality-plans", "Plans: which level the price reached first within 5 days",
                "Model · median planned R", "Plans (%)", "stack_top_pct", series,
                ChartData.Bars.OVERLAID, categories);
    }

    private static String planText(String model, String outcome, int k, PlanAdherence p) {
        return String.format(Locale.US, "%s: %s %d of %d plans (%s), planned R %s", model, outcome.toLowerCase(
                Locale.US), k, p.n(), QualityViewModel.share(k, p.n()), Cells.ratio(p.plannedRMedian()));
    }

    /** One of the P&L charts of the rows of {@link PnlSources#of}. */
    public static ChartData pnl(List<PnlSources.Row> rows, PnlChart which, ModelPalette palette) {
        return switch (which) {
            case HOUR -> perModel(rows, "hour", IntStream.range(0, 24).mapToObj(h -> String.format(Locale.US,
                    "%02d", h)).toList(), List.of(), PnlSources.Row::pnl, palette, "quality-pnl-hour",
                    "P&L by hour of entry (UTC)", "Hour of entry", "P&L ($)", "pnl");
            case WEEKDAY -> perModel(rows, "weekday", weekdayKeys(), weekdayNames(), PnlSources.Row::pnl, palette,
                    "quality-pnl-weekday", "P&L by weekday of entry (UTC)", "Weekday of entry", "P&L ($)", "pnl");
            case RETURNS -> perModel(rows, "return", PnlSources.returnBuckets(), List.of(), r -> r.trades(), palette,
                    "quality-returns", "Distribution of trade returns", "Return of the trade", "Trades", "trades");
            case DURATIONS -> durations(rows);
        };
    }

    /** Per model a series over the dimension's groups (keys), categories named by {@code names} (else the keys). */
    private static ChartData perModel(List<PnlSources.Row> rows, String dimension, List<String> keys,
                                      List<String> names, ToDoubleFunction<PnlSources.Row> value, ModelPalette palette,
                                      String id, String title, String xLabel, String yLabel, String valueName) {
        Map<String, List<PnlSources.Row>> byModel = new LinkedHashMap<>();
        rows.stream().filter(r -> r.dimension().equals(dimension))
                .forEach(r -> byModel.computeIfAbsent(r.modelId(), k -> new ArrayList<>()).add(r));
        List<ChartSeries> series = new ArrayList<>();
        byModel.forEach((model, mine) -> {
            double[] x = mine.stream().mapToDouble(r -> keys.indexOf(r.key())).toArray();
            double[] y = mine.stream().mapToDouble(value).toArray();
            List<String> labels = mine.stream().map(r -> String.format(Locale.US, "%s: %s trades, P&L %s $, "
                    + "mean return %s", r.key(), Cells.count(r.trades()), Cells.money(r.pnl()),
                    Cells.pct(r.meanReturnPct()))).toList();
            series.add(new ChartSeries(model, palette.hex(model), x, y, labels));
        });
        return ChartData.bars(id, title, xLabel, yLabel, valueName, series, ChartData.Bars.SIDE_BY_SIDE,
                names.isEmpty() ? keys : names);
    }

    /** Per model the mean holding time of its winners and of its losers, in hours. */
    private static ChartData durations(List<PnlSources.Row> rows) {
        List<String> models = rows.stream().map(PnlSources.Row::modelId).distinct().toList();
        List<ChartSeries> series = new ArrayList<>();
        for (String[] outcome : new String[][] {{"winners", WINNERS, "#2E7D32"}, {"losers", LOSERS, "#C62828"}}) {
            List<PnlSources.Row> mine = rows.stream().filter(r -> r.dimension().equals("outcome")
                    && r.key().equals(outcome[0])).toList();
            double[] x = mine.stream().mapToDouble(r -> models.indexOf(r.modelId())).toArray();
            double[] y = mine.stream().mapToDouble(PnlSources.Row::meanHoldingHours).toArray();
            List<String> labels = mine.stream().map(r -> String.format(Locale.US, "%s: %s %s held %s h on average",
                    r.modelId(), Cells.count(r.trades()), r.key(), Cells.decimal1(r.meanHoldingHours()))).toList();
            series.add(new ChartSeries(outcome[1], outcome[2], x, y, labels));
        }
        return ChartData.bars("quality-durations", "Trade durations: winners vs losers (mean holding time)", "Model",
                "Mean holding time (h)", "hours", series, ChartData.Bars.SIDE_BY_SIDE, models);
    }

    private static List<String> weekdayKeys() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(d -> d.getValue() + " "
                + d.getDisplayName(TextStyle.SHORT, Locale.US)).toList();
    }

    private static List<String> weekdayNames() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.SHORT, Locale.US))
                .toList();
    }
}
