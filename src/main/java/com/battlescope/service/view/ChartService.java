package com.battlescope.service.view;

import com.battlescope.analytics.AlignedReduction;
import com.battlescope.analytics.Drawdowns;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.RankChange;
import com.battlescope.analytics.RankHistory;
import com.battlescope.analytics.RunningDrawdown;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.CurveIndex;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three chart views as plain data (equity, drawdown, rank history), shared by the GUI and the exports.
 * Every method reads the battle (SQLite): call it off the FX thread.
 */
public final class ChartService {
    public static final String BENCHMARK = "Buy & hold (equal weight)";
    public static final String COMPUTED = "computed from hourly snapshots";
    /** Computed rank history uses every snapshot hour up to this many hours, else each day's last hour. */
    static final int HOURLY_RANK_LIMIT = 24 * 31;
    private static final String TIME = "Time";
    /**
     * Points per equity series above which it is reduced: at most (1000 - 2) / 2 = 499 buckets of a lowest and a
     * highest point, about one point per pixel column of a wide chart; a year of hourly snapshots shows daily buckets,
     * three years 3-day buckets, so a full-range chart costs about the same however long the battle ran.
     */
    public static final int MAX_POINTS = 1000;

    public ChartData equity(Battle battle, ViewQuery q) {
        return equityChart(battle, q).chart();
    }

    /**
     * Equity curves of the models in {@code q} (all when empty) over its range, with the summary; a curve longer than
     * {@link #MAX_POINTS} is reduced to the lowest and highest point of aligned time buckets ({@link AlignedReduction}),
     * from BattleScope's pre-aggregated days when they cover the battle, the range is everything and the buckets are
     * whole days, else from the snapshots: the same points either way.
     */
    public EquityChart equityChart(Battle battle, ViewQuery q) {
        ModelPalette palette = new ModelPalette(battle.modelIds());
        List<ChartSeries> series = new ArrayList<>();
        Map<String, CurveEnds> ends = new LinkedHashMap<>();
        Optional<CurveIndex> index = q.range().equals(TimeRange.ALL) && !q.benchmark() ? battle.curveIndex()
                : Optional.empty();
        Map<String, EquityCurve> curves = index.isPresent() ? Map.of() : curves(battle, q);
        Map<String, CurveIndex.Extent> extents = index.map(CurveIndex::extents).orElse(Map.of());
        for (String model : battle.modelIds()) {
            List<AlignedReduction.Point> shown;
            CurveIndex.Extent e = extents.get(model);
            if (e != null && q.includes(model)) {
                shown = AlignedReduction.fromDays((int) e.snapshots(), e.first().timestamp(), e.last().timestamp(),
                        MAX_POINTS) ? index.get().reduced(model, e, MAX_POINTS)
                        : AlignedReduction.of(EquityCurve.of(battle.snapshots(model, q.range())).points(), MAX_POINTS);
                ends.put(model, new CurveEnds(e.first(), e.last()));
            } else if (curves.containsKey(model)) {
                shown = AlignedReduction.of(curves.get(model).points(), MAX_POINTS);
                ends.put(model, CurveEnds.of(curves.get(model)));
            } else {
                continue;
            }
            series.add(equitySeries(model, palette.hex(model), shown.stream().map(AlignedReduction.Point::time).toList(),
                    shown.stream().mapToDouble(AlignedReduction.Point::y).toArray(), q.scale()));
        }
        if (q.benchmark()) {
            benchmark(battle, q, curves).ifPresent(series::add);
        }
        String title = switch (q.scale()) {
            case DOLLARS -> "Equity curves";
            case PERCENT -> "Equity curves (return since start of range)";
            case LOG -> "Equity curves (log scale)";
        };
        String yLabel = switch (q.scale()) {
            case DOLLARS -> "Equity ($)";
            case PERCENT -> "Return since start (%)";
            case LOG -> "Equity ($, log scale)";
        };
        ChartData chart = new ChartData("equity", title, TIME, yLabel, true, false, q.scale() == EquityScale.LOG,
                q.scale() == EquityScale.PERCENT ? "return_pct" : "equity", series);
        return new EquityChart(chart, EquitySummary.ofEnds(ends), ends);
    }

    public ChartData drawdown(Battle battle, ViewQuery q) {
        return drawdownChart(battle, q).chart();
    }

    public DataTable worstDrawdowns(Battle battle, ViewQuery q) {
        return drawdownChart(battle, q).worstTable();
    }

    /** Underwater curves (0 at a peak, negative below) and the 10 worst periods of each shown model. */
    public DrawdownChart drawdownChart(Battle battle, ViewQuery q) {
        ModelPalette palette = new ModelPalette(battle.modelIds());
        List<ChartSeries> series = new ArrayList<>();
        List<DrawdownRow> worst = new ArrayList<>();
        Map<String, RunningDrawdown> running = new LinkedHashMap<>();
        curves(battle, q).forEach((model, curve) -> {
            RunningDrawdown drawdown = new RunningDrawdown();
            double[] underwater = new double[curve.size()];
            for (int i = 0; i < underwater.length; i++) {
                underwater[i] = drawdown.add(curve.time(i), curve.points().get(i).equity());
            }
            series.add(series(model, palette.hex(model), curve.points().stream().map(HourlySnapshot::timestamp)
                    .toList(), underwater));
            worst.addAll(worstRows(model, drawdown.takeClosed(), drawdown.open(), curve.last().timestamp()));
            running.put(model, drawdown);
        });
        ChartData chart = new ChartData("drawdown", "Drawdown from peak", TIME, "Drawdown from peak (%)", true,
                false, false, "drawdown_pct", series);
        return new DrawdownChart(chart, worst, running);
    }

    /**
     * A model's deepest drawdown rows among {@code periods} and the one still {@code open} (may be null); a row
     * not recovered spans to {@code end}, the model's last point.
     */
    static List<DrawdownRow> worstRows(String model, List<Drawdowns.DrawdownPeriod> periods,
                                       Drawdowns.DrawdownPeriod open, Stamp end) {
        List<Drawdowns.DrawdownPeriod> all = new ArrayList<>(periods);
        if (open != null) {
            all.add(open);
        }
        return Drawdowns.worst(all, Drawdowns.DEFAULT_WORST).stream()
                .map(p -> new DrawdownRow(model, p, p.peak().epochSecondsAsWritten(),
                        (p.recovered() ? p.recovery() : end).epochSecondsAsWritten()))
                .toList();
    }

    public ChartData rankHistory(Battle battle, ViewQuery q) {
        return rankHistoryChart(battle, q).chart();
    }

    /**
     * Ranks over time for {@code q.timeframe()}: the leaderboard snapshots in the range when the folder has
     * some, else ranks computed from the hourly snapshots (said in the title).
     */
    public RankHistoryChart rankHistoryChart(Battle battle, ViewQuery q) {
        Timeframe tf = q.timeframe();
        List<LeaderboardSnapshot> rows = battle.leaderboardSnapshots(tf.text(), q.range());
        boolean computed = rows.isEmpty();
        Map<String, List<RankPoint>> all = computed ? computedRanks(battle, q) : leaderboardRanks(rows);
        ModelPalette palette = new ModelPalette(battle.modelIds());
        Map<String, List<RankPoint>> shown = new LinkedHashMap<>();
        List<ChartSeries> series = new ArrayList<>();
        all.keySet().stream().filter(q::includes).sorted().forEach(model -> {
            List<RankPoint> points = all.get(model);
            shown.put(model, points);
            series.add(series(model, palette.hex(model), points.stream().map(RankPoint::time).toList(),
                    points.stream().mapToDouble(RankPoint::rank).toArray()));
        });
        String name = tf == Timeframe.ALL_TIME ? "all time" : tf.text();
        String title = "Rank history (" + name + (computed ? ", " + COMPUTED : "") + ")";
        ChartData chart = new ChartData("rank-history", title, TIME, "Rank (1 = best)", true, true, false, "rank",
                series);
        return new RankHistoryChart(chart, shown, computed);
    }

    private static Map<String, List<RankPoint>> leaderboardRanks(List<LeaderboardSnapshot> rows) {
        Map<String, List<RankPoint>> out = new LinkedHashMap<>();
        List<RankChange> changes = new ArrayList<>(RankHistory.of(rows));
        changes.sort(Comparator.comparing((RankChange c) -> c.snapshotTime().local())
                .thenComparing(c -> c.snapshotTime().text()));
        for (RankChange c : changes) {
            out.computeIfAbsent(c.modelId(), k -> new ArrayList<>())
                    .add(new RankPoint(c.snapshotTime(), c.rank(), c.previousRank(), c.totalReturnPct()));
        }
        return out;
    }

    private static Map<String, List<RankPoint>> computedRanks(Battle battle, ViewQuery q) {
        Map<String, EquityCurve> curves = new LinkedHashMap<>();
        battle.curves(new TimeRange(null, q.range().to()))
                .forEach((model, points) -> curves.put(model, EquityCurve.of(points)));
        Map<String, Standing> standings = standings(battle);
        Map<String, Double> capitals = new LinkedHashMap<>();
        curves.forEach((model, curve) -> capitals.put(model,
                InitialCapital.resolve(null, standings.get(model), curve)));
        List<Stamp> hours = SnapshotHours.of(curves.values()).stream().filter(q.range()::contains).toList();
        List<Stamp> times = hours.size() <= HOURLY_RANK_LIMIT ? hours : SnapshotHours.lastPerDay(hours);
        return ComputedRanks.at(curves, capitals, q.timeframe(), times);
    }

    /**
     * The benchmark at the snapshot hours of the shown models, starting from their mean initial capital.
     * Prices before the range count as known prices at its start.
     */
    private static Optional<ChartSeries> benchmark(Battle battle, ViewQuery q, Map<String, EquityCurve> curves) {
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        BuyAndHold hold = new BuyAndHold();
        battle.forEachDecision(new TimeRange(null, q.range().to()), hold::add);
        if (hold.symbolCount() == 0) {
            return Optional.empty();
        }
        Map<String, Standing> standings = standings(battle);
        double capital = curves.keySet().stream()
                .mapToDouble(model -> initialCapital(battle, q.range(), standings.get(model), curves.get(model)))
                .average().orElseThrow();
        List<Stamp> times = SnapshotHours.of(curves.values());
        return Optional.of(equitySeries(BENCHMARK, ModelPalette.BENCHMARK, times, hold.values(capital, times),
                q.scale()));
    }

    /** The contract's initial capital; without a standing, the model's first snapshot even before the range. */
    private static double initialCapital(Battle battle, TimeRange range, Standing standing, EquityCurve inRange) {
        if (standing == null && range.from() != null) {
            List<HourlySnapshot> before = battle.snapshots(inRange.first().modelId(), new TimeRange(null, range.from()));
            if (!before.isEmpty()) {
                return InitialCapital.resolve(null, null, EquityCurve.of(before));
            }
        }
        return InitialCapital.resolve(null, standing, inRange);
    }

    private static Map<String, Standing> standings(Battle battle) {
        return battle.standings().stream()
                .collect(Collectors.toMap(Standing::modelId, Function.identity(), (a, b) -> a));
    }

    /**
     * The shown models' curves over the range, in model id order, leaving out models without snapshots there (all
     * models: one scan of the table, {@link Battle#curves}).
     */
    private static Map<String, EquityCurve> curves(Battle battle, ViewQuery q) {
        Map<String, EquityCurve> curves = new LinkedHashMap<>();
        Map<String, List<HourlySnapshot>> all = q.models().isEmpty() ? battle.curves(q.range()) : null;
        for (String model : battle.modelIds()) {
            if (q.includes(model)) {
                EquityCurve curve = EquityCurve.of(all != null ? all.getOrDefault(model, List.of())
                        : battle.snapshots(model, q.range()));
                if (!curve.isEmpty()) {
                    curves.put(model, curve);
                }
            }
        }
        return curves;
    }

    private static ChartSeries equitySeries(String name, String color, List<Stamp> times, double[] equity,
                                            EquityScale scale) {
        double[] y = equity;
        if (scale == EquityScale.PERCENT && equity.length > 0) {
            y = new double[equity.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = (equity[i] / equity[0] - 1) * 100;
            }
        }
        return series(name, color, times, y);
    }

    private static ChartSeries series(String name, String color, List<Stamp> times, double[] y) {
        double[] x = times.stream().mapToDouble(Stamp::epochSecondsAsWritten).toArray();
        return new ChartSeries(name, color, x, y, times.stream().map(Stamp::text).toList());
    }
}
