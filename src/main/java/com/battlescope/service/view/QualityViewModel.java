package com.battlescope.service.view;

import com.battlescope.analytics.DecisionComparison;
import com.battlescope.analytics.quality.CalibrationBin;
import com.battlescope.analytics.quality.DailyExposure;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.TradeSet;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PnlSources;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.analytics.quality.SplitMoment;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.ModelPalette;
import com.battlescope.service.Battle;
import com.battlescope.service.QualityService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the Quality view shows, without JavaFX: the report of the picked models and range at a horizon, the
 * reliability diagram as chart data and the tables' columns. The GUI, the exports and the tests read the same text.
 */
public final class QualityViewModel {
    public static final String PERFECT = "Perfectly calibrated";
    public static final String PERFECT_COLOR = "#9E9E9E";
    private final QualityService service = new QualityService();
    private final TradesService trades = new TradesService();

    /**
     * The figures, where the P&L came from (from trade_log, or trades rebuilt from decisions) and the shown models'
     * exposure day by day.
     */
    public record Loaded(QualityReport report, List<PnlSources.Row> pnl, boolean reconstructed,
                         Map<String, List<DailyExposure>> exposure) {
    }

    /** The figures of {@code q}'s models and range at {@code horizon} (the comparison's 5-minute window). */
    public QualityReport load(Battle battle, ViewQuery q, Horizon horizon, BooleanSupplier cancelled) {
        return service.quality(battle, q.range(), new HashSet<>(q.models()), horizon,
                DecisionComparison.DEFAULT_WINDOW_MINUTES, cancelled);
    }

    /** Nothing loaded: no models at {@code horizon}. */
    public static Loaded empty(Horizon horizon) {
        return new Loaded(new QualityReport(horizon.hours(), 5, List.of(), List.of(), null, null), List.of(), false,
                Map.of());
    }

    /** {@link #load} plus the P&L sources of the same models and range. */
    public Loaded loadAll(Battle battle, ViewQuery q, Horizon horizon, BooleanSupplier cancelled) {
        QualityReport report = load(battle, q, horizon, cancelled);
        TradeSet set = trades.trades(battle, q);
        return new Loaded(report, PnlSources.of(set.trades()), set.reconstructed(), exposure(battle, q));
    }

    /** Per shown model with snapshots in the range (model id order) its exposure day by day. */
    public static Map<String, List<DailyExposure>> exposure(Battle battle, ViewQuery q) {
        Map<String, List<DailyExposure>> out = new LinkedHashMap<>();
        battle.curves(q.range()).forEach((model, curve) -> {
            if (q.includes(model)) {
                out.put(model, DailyExposure.of(curve));
            }
        });
        return out;
    }

    /**
     * Everything the view shows in one CSV, in sections as the verdict's: the per-model table, then (after an empty
     * row) the split moments and where the P&L came from, each under its own header row, then every chart's points.
     */
    public static DataTable exportTable(Loaded loaded, ModelPalette palette) {
        List<DataTable> more = new ArrayList<>();
        more.add(splitTable(loaded.report()));
        more.add(pnlTable(loaded));
        for (ChartData chart : charts(loaded, palette)) {
            more.add(chart.toTable());
        }
        return sections(modelTable(loaded.report()), more);
    }

    /** Every chart of the view: calibration, plans, exposure, time in market and the P&L charts. */
    public static List<ChartData> charts(Loaded loaded, ModelPalette palette) {
        List<ChartData> out = new ArrayList<>();
        out.add(calibration(loaded.report(), palette));
        out.add(QualityCharts.plans(loaded.report()));
        out.add(QualityCharts.exposure(loaded.exposure(), false, palette));
        out.add(QualityCharts.exposure(loaded.exposure(), true, palette));
        for (QualityCharts.PnlChart c : QualityCharts.PnlChart.values()) {
            out.add(QualityCharts.pnl(loaded.pnl(), c, palette));
        }
        return out;
    }

    /**
     * {@code first} with {@code more} below it: each after an empty row, with a row naming it and its own header
     * row; rows are padded to the widest table.
     */
    public static DataTable sections(DataTable first, List<DataTable> more) {
        int width = first.headers().size();
        for (DataTable t : more) {
            width = Math.max(width, t.headers().size());
        }
        List<List<String>> rows = new ArrayList<>(padded(first.rows(), width));
        for (DataTable t : more) {
            rows.add(pad(List.of(), width));
            rows.add(pad(List.of("section", t.name()), width));
            rows.add(pad(t.headers(), width));
            rows.addAll(padded(t.rows(), width));
        }
        return new DataTable(first.name(), pad(first.headers(), width), rows);
    }

    private static List<List<String>> padded(List<List<String>> rows, int width) {
        return rows.stream().map(r -> pad(r, width)).toList();
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> out = new ArrayList<>(row);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    public static List<ColumnSpec<PnlSources.Row>> pnlColumns(boolean reconstructed) {
        String mark = reconstructed ? " (reconstructed)" : "";
        return List.of(
                ColumnSpec.text("model", "Model", PnlSources.Row::modelId),
                ColumnSpec.text("by", "By", PnlSources.Row::dimension),
                ColumnSpec.text("group", "Group", PnlSources.Row::key),
                ColumnSpec.number("trades", "Trades" + mark, r -> Cells.count(r.trades()), PnlSources.Row::trades),
                ColumnSpec.number("winners", "Winners", r -> share(r.winners(), r.trades()), PnlSources.Row::winners),
                ColumnSpec.number("pnl", "P&L $" + mark, r -> Cells.money(r.pnl()), PnlSources.Row::pnl),
                ColumnSpec.number("mean-return", "Mean return", r -> Cells.pct(r.meanReturnPct()),
                        PnlSources.Row::meanReturnPct),
                ColumnSpec.number("holding", "Mean holding (h)", r -> Cells.decimal1(r.meanHoldingHours()),
                        PnlSources.Row::meanHoldingHours));
    }

    public static DataTable pnlTable(Loaded loaded) {
        return ColumnSpec.table("quality-pnl", pnlColumns(loaded.reconstructed()), loaded.pnl());
    }

    /**
     * The reliability diagram: per model the non-empty bins' mean stated confidence (x) against their hit rate
     * (y), both in %, named with the model's Brier score and ECE; and the diagonal.
     */
    public static ChartData calibration(QualityReport r, ModelPalette palette) {
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(PERFECT, PERFECT_COLOR, new double[] {0, 100}, new double[] {0, 100}));
        for (ModelQuality m : r.models()) {
            List<CalibrationBin> bins = m.calibration().stream().filter(b -> b.n() > 0).toList();
            if (bins.isEmpty()) {
                continue;
            }
            double[] x = bins.stream().mapToDouble(b -> b.meanConfidence() * 100).toArray();
            double[] y = bins.stream().mapToDouble(b -> b.hitRate() * 100).toArray();
            List<String> labels = bins.stream().map(b -> String.format(Locale.US, "%s: %d decisions stated %.1f %%, "
                    + "right %.1f %%", m.modelId(), b.n(), b.meanConfidence() * 100, b.hitRate() * 100)).toList();
            series.add(new ChartSeries(legend(m), palette.hex(m.modelId()), x, y, labels));
        }
        return new ChartData("quality", "Calibration at " + Horizon.label(r.horizonHours())
                + ": stated confidence vs hit rate", "Stated confidence (%)", "Hit rate (%)", false, false, false,
                "hit_rate_pct", series);
    }

    /** "gpt-4o · Brier 0.26 · ECE 0.21" (the legend of a model's line). */
    public static String legend(ModelQuality m) {
        return m.modelId() + " · Brier " + Cells.ratio(m.brier()) + " · ECE " + Cells.ratio(m.ece());
    }

    /** The points' sizes: the bins' decision counts, per series of {@link #calibration} (the diagonal has none). */
    public static List<int[]> binCounts(QualityReport r) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (ModelQuality m : r.models()) {
            int[] n = m.calibration().stream().filter(b -> b.n() > 0).mapToInt(CalibrationBin::n).toArray();
            if (n.length > 0) {
                out.add(n);
            }
        }
        return out;
    }

    public static List<ColumnSpec<ModelQuality>> modelColumns() {
        return List.of(
                ColumnSpec.text("model", "Model", ModelQuality::modelId),
                ColumnSpec.number("directional", "Buys+sells", m -> Cells.count(m.directional()),
                        ModelQuality::directional),
                ColumnSpec.number("hit-rate", "Hit rate", m -> share(m.hitRate()), ModelQuality::hitRate),
                ColumnSpec.number("mean-signed", "Mean signed return", m -> Cells.pct(m.meanSignedReturn()),
                        ModelQuality::meanSignedReturn),
                ColumnSpec.number("brier", "Brier", m -> decimal3(m.brier()), ModelQuality::brier),
                ColumnSpec.number("ece", "ECE", m -> decimal3(m.ece()), ModelQuality::ece),
                ColumnSpec.number("spearman", "Confidence–return ρ", m -> decimal3(m.confidenceSpearman()),
                        ModelQuality::confidenceSpearman),
                ColumnSpec.number("plans", "Plans", m -> Cells.count(m.plan().n()), m -> m.plan().n()),
                ColumnSpec.number("target-first", "Target first", m -> share(m.plan().targetFirst(), m.plan().n()),
                        m -> m.plan().targetFirst()),
                ColumnSpec.number("stop-first", "Stop first", m -> share(m.plan().stopFirst(), m.plan().n()),
                        m -> m.plan().stopFirst()),
                ColumnSpec.number("neither", "Neither", m -> share(m.plan().neither(), m.plan().n()),
                        m -> m.plan().neither()),
                ColumnSpec.number("planned-r", "Planned R", m -> Cells.ratio(m.plan().plannedRMedian()),
                        m -> m.plan().plannedRMedian()),
                ColumnSpec.number("splits", "Splits taken", m -> Cells.count(m.splitsN()), ModelQuality::splitsN),
                ColumnSpec.number("splits-right", "Right at splits", m -> share(m.splitsRightShare()),
                        ModelQuality::splitsRightShare),
                ColumnSpec.number("hold-move", "Holds' missed move", m -> Cells.pct(m.holdsMeanAbsMove()),
                        ModelQuality::holdsMeanAbsMove),
                ColumnSpec.number("unexecuted", "Unexecuted", m -> Cells.count(m.unexecutedN()),
                        ModelQuality::unexecutedN),
                ColumnSpec.number("unexecuted-return", "Unexecuted would-be return",
                        m -> Cells.pct(m.unexecutedMeanSignedReturn()), ModelQuality::unexecutedMeanSignedReturn),
                ColumnSpec.number("in-market", "Time in market", m -> Cells.pct(m.timeInMarketPct()),
                        ModelQuality::timeInMarketPct));
    }

    public static List<ColumnSpec<SplitMoment>> splitColumns() {
        return List.of(
                ColumnSpec.time("time", "Time", SplitMoment::time),
                ColumnSpec.text("symbol", "Symbol", SplitMoment::symbol),
                ColumnSpec.text("buyers", "Bought", s -> takers(s, 1)),
                ColumnSpec.text("sellers", "Sold", s -> takers(s, -1)),
                ColumnSpec.number("move", "Move after", s -> Cells.pct(s.move() == null ? null : s.move() * 100),
                        SplitMoment::move),
                ColumnSpec.text("majority", "Majority", s -> s.majorityRight() == null ? "tie or no price"
                        : s.majorityRight() ? "right" : "wrong"));
    }

    public static DataTable modelTable(QualityReport r) {
        return ColumnSpec.table("quality", modelColumns(), r.models());
    }

    public static DataTable splitTable(QualityReport r) {
        return ColumnSpec.table("quality-splits", splitColumns(), newestFirst(r));
    }

    /** The split moments newest first (by instant), then by symbol. */
    public static List<SplitMoment> newestFirst(QualityReport r) {
        return r.splitMoments().stream().sorted(Comparator.comparingLong((SplitMoment s) -> s.time().epochMicros())
                .reversed().thenComparing(SplitMoment::symbol)).toList();
    }

    /** "Majority right 51.2 % · minority right 48.8 % of 3,443 split moments (ties left out)". */
    public static String splitSummary(QualityReport r) {
        return "Majority right " + share(r.majorityRight()) + " · minority right " + share(r.minorityRight())
                + " of " + Cells.count(r.splitsN()) + " split moments (ties left out)";
    }

    private static String takers(SplitMoment s, int side) {
        return s.takes().stream().filter(t -> t.side() == side)
                .map(t -> t.modelId() + (t.signedReturn() == null ? "" : t.right() ? " ✓" : " ✗"))
                .collect(Collectors.joining(", "));
    }

    /** A share 0–1 as a percentage. */
    static String share(Double v) {
        return v == null ? Cells.NONE : Cells.pct(v * 100);
    }

    static String share(int k, int n) {
        return n == 0 ? Cells.NONE : Cells.pct(100.0 * k / n);
    }

    static String decimal3(Double v) {
        return v == null ? Cells.NONE : String.format(Locale.US, "%.3f", v);
    }
}
