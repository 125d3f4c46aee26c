package com.battlescope.service.view;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RankChange;
import com.battlescope.analytics.RankHistory;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.analytics.TradeStats;
import com.battlescope.data.ModelDecisionTypeCount;
import com.battlescope.data.ModelTradeTotals;
import com.battlescope.data.ReadThreads;
import com.battlescope.model.DataTable;
import com.battlescope.model.DecisionType;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.model.Trade;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.RankingEntry;
import com.battlescope.model.Standing;
import com.battlescope.service.Battle;
import com.battlescope.service.CurveIndex;
import com.battlescope.service.RangeCurves;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The leaderboard of a timeframe in the engine's order (return %, Sharpe, drawdown, model id), ranked over all
 * models of the range and then narrowed to the picked ones. All time compares the last equity with the
 * initial capital (when the range starts at the beginning, else with the range's first snapshot); daily,
 * weekly and monthly use {@link Rankings#window}: every figure of a row is over that window.
 */
public final class LeaderboardService {
    public static final int SPARK_POINTS = 48;

    public List<LeaderboardRow> rows(Battle battle, ViewQuery q) {
        return leaderboard(battle, q).rows();
    }

    /** The export table: the query's rows under every column, the advanced ones included. */
    public DataTable table(Battle battle, ViewQuery q) {
        Leaderboard board = leaderboard(battle, q);
        return table(board.rows(), board.tradesReconstructed(), true);
    }

    /** The rows as text under the standard columns, plus the advanced ones when asked. */
    public DataTable table(List<LeaderboardRow> rows, boolean reconstructed, boolean advanced) {
        List<ColumnSpec<LeaderboardRow>> cols = LeaderboardColumns.of(reconstructed).stream()
                .filter(c -> advanced || !c.advanced()).toList();
        return ColumnSpec.table("leaderboard", cols, rows);
    }

    /** The top ten of the latest leaderboard snapshot of the timeframe, else of the computed all-data ranking. */
    public List<TopPerformer> topPerformers(Battle battle, Timeframe timeframe) {
        List<TopPerformer> stored = stored(battle.leaderboardSnapshots(timeframe.text(), TimeRange.ALL));
        return stored.isEmpty() ? computed(ranking(battle, ViewQuery.all().withTimeframe(timeframe)).ranked())
                : stored;
    }

    public Leaderboard leaderboard(Battle battle, ViewQuery q) {
        Leaderboard board = standings(battle, q);
        board = withTrades(board, tradeStats(battle, q, board));
        return withDecisions(board, decisionMixes(battle, q, board));
    }

    /**
     * The leaderboard as soon as the curves are read: with a trade_log the trade figures are SQL totals, without
     * one (trades rebuilt from decisions) they are {@link LeaderboardRow.TradeDetail#PENDING}; the decision mix
     * is {@link DecisionMix#NOT_COUNTED}. Reading every trade and counting millions of decisions takes seconds
     * where the rest takes a fraction of one, so the view shows this first, then merges
     * {@link #tradeStats} and {@link #decisionMixes} in.
     */
    public Leaderboard standings(Battle battle, ViewQuery q) {
        Timeframe tf = q.timeframe();
        boolean fromTotals = battle.hasTradeRows();
        // the all-time totals are summed on another connection while the curves are read
        Future<Map<String, TradeStats>> allTimeRead = ReadThreads.start(
                () -> fromTotals && tf == Timeframe.ALL_TIME ? allTimeTotals(battle, q) : Map.of());
        Ranking ranking;
        List<LeaderboardSnapshot> history;
        try {
            ranking = ranking(battle, q);
            history = battle.recentLeaderboardSnapshots(tf.text(), q.range().toText());
        } catch (RuntimeException e) {
            allTimeRead.cancel(true);
            throw e;
        }
        Map<String, Integer> changes = latestChanges(history);
        Map<String, TradeStats> allTimeTotals = ReadThreads.join(allTimeRead, List.of());
        TradeStats none = TradeStats.of(List.of());
        List<LeaderboardRow> rows = new ArrayList<>();
        for (RankedModel ranked : ranking.ranked()) {
            String model = ranked.modelId();
            if (!q.includes(model)) {
                continue;
            }
            Window window = ranking.windows().get(model);
            TradeStats trades;
            if (!fromTotals) {
                trades = none;
            } else if (tf == Timeframe.ALL_TIME) {
                trades = allTimeTotals.getOrDefault(model, none);
            } else {
                trades = totals(battle, model, startText(window.metrics().firstSnapshot()), q.range().toText())
                        .getOrDefault(model, none);
            }
            HourlySnapshot last = window.last();
            rows.add(new LeaderboardRow(ranked.rank(), changes.get(model), window.metrics(), trades,
                    fromTotals ? LeaderboardRow.TradeDetail.TOTALS : LeaderboardRow.TradeDetail.PENDING,
                    !fromTotals, last.positionsCount(), Metrics.exposurePct(last.positionsValue(), last.equity()),
                    DecisionMix.NOT_COUNTED, window.sparkline()));
        }
        List<TopPerformer> top = stored(history);
        return new Leaderboard(tf, rows, top.isEmpty() ? computed(ranking.ranked()) : top, !fromTotals);
    }

    /** Each row's trade figures from every trade closed in its window (trade_log, or rebuilt from decisions). */
    public Map<String, TradeStats> tradeStats(Battle battle, ViewQuery q, Leaderboard board) {
        Map<String, List<Trade>> byModel = TradesService.tradeSet(battle, q.range()).trades().stream()
                .collect(Collectors.groupingBy(Trade::modelId));
        Map<String, TradeStats> out = new HashMap<>();
        for (LeaderboardRow r : board.rows()) {
            Stamp start = r.curve().firstSnapshot();
            out.put(r.modelId(), TradeStats.of(byModel.getOrDefault(r.modelId(), List.of()).stream()
                    .filter(t -> board.timeframe() == Timeframe.ALL_TIME || t.exitTime().compareTo(start) >= 0)
                    .toList()));
        }
        return out;
    }

    /** Each row's decisions counted over its window (all time: the whole range, one query). */
    public Map<String, DecisionMix> decisionMixes(Battle battle, ViewQuery q, Leaderboard board) {
        Timeframe tf = board.timeframe();
        Map<String, DecisionMix> allTime = tf == Timeframe.ALL_TIME
                ? mixes(battle.decisionTypeCounts(null, q.range().fromText(), q.range().toText())) : Map.of();
        Map<String, DecisionMix> out = new HashMap<>();
        for (LeaderboardRow r : board.rows()) {
            DecisionMix mix = tf == Timeframe.ALL_TIME ? allTime.get(r.modelId())
                    : mixes(battle.decisionTypeCounts(r.modelId(), startText(r.curve().firstSnapshot()),
                            q.range().toText())).get(r.modelId());
            out.put(r.modelId(), mix == null ? DecisionMix.NONE : mix);
        }
        return out;
    }

    /** The board with the given rows' trade figures replaced (rows not in the map stay as they are). */
    public static Leaderboard withTrades(Leaderboard board, Map<String, TradeStats> stats) {
        return board.withRows(board.rows().stream()
                .map(r -> stats.containsKey(r.modelId()) ? r.withTrades(stats.get(r.modelId())) : r).toList());
    }

    /** The board with the given rows' decision mix filled in. */
    public static Leaderboard withDecisions(Leaderboard board, Map<String, DecisionMix> mixes) {
        return board.withRows(board.rows().stream()
                .map(r -> mixes.containsKey(r.modelId()) ? r.withDecisions(mixes.get(r.modelId())) : r).toList());
    }

    /** Every model's trade totals over the range: BattleScope's index keeps them for everything while current. */
    private static Map<String, TradeStats> allTimeTotals(Battle battle, ViewQuery q) {
        Optional<List<ModelTradeTotals>> kept = q.range().equals(TimeRange.ALL)
                ? battle.curveIndex().flatMap(i -> i.tradeTotals(battle)) : Optional.empty();
        return kept.isPresent() ? stats(kept.get()) : totals(battle, null, q.range().fromText(), q.range().toText());
    }

    private static Map<String, TradeStats> totals(Battle battle, String model, String fromText, String toText) {
        return stats(battle.tradeTotals(model, fromText, toText));
    }

    private static Map<String, TradeStats> stats(List<ModelTradeTotals> totals) {
        Map<String, TradeStats> out = new HashMap<>();
        for (ModelTradeTotals t : totals) {
            out.put(t.modelId(), TradeStats.ofTotals(t.trades(), t.winners(), t.losers(), t.grossProfit(),
                    t.grossLoss(), t.best(), t.worst()));
        }
        return out;
    }

    /** A window's first snapshot as an inclusive text bound of a query. */
    private static String startText(Stamp windowStart) {
        return Stamp.format(windowStart.local());
    }

    /** A model's figures over its timeframe window, its last snapshot there and the sparkline's equities. */
    private record Window(CurveMetrics metrics, HourlySnapshot last, double[] sparkline) {
    }

    private record Ranking(Map<String, Window> windows, List<RankedModel> ranked) {
    }

    /**
     * Every model's window, from BattleScope's pre-aggregated curves when they cover the battle and the range is
     * everything (all time: the days; other timeframes: the snapshots of their last days), else from the snapshots;
     * ranked in the engine's order on the very figures the rows show.
     */
    private static Ranking ranking(Battle battle, ViewQuery q) {
        Timeframe tf = q.timeframe();
        Map<String, Window> windows = new TreeMap<>();
        Optional<CurveIndex> index = q.range().equals(TimeRange.ALL) ? battle.curveIndex() : Optional.empty();
        if (index.isPresent()) {
            Map<String, Standing> standings = RangeCurves.standings(battle);
            CurveIndex curves = index.get();
            (tf == Timeframe.ALL_TIME ? curves.folded() : curves.curves()).forEach((model, days) -> {
                if (tf == Timeframe.ALL_TIME) {
                    double capital = InitialCapital.resolve(null, standings.get(model), days.first());
                    windows.put(model, new Window(CurveMetrics.of(days, capital), days.last(),
                            index.get().equitiesAt(days, sparkPositions(days.size()))));
                } else {
                    Stamp from = Stamp.of(Rankings.windowDay(days, tf).atStartOfDay());
                    windows.put(model, window(EquityCurve.of(battle.snapshots(model, new TimeRange(from, null))), tf,
                            null));
                }
            });
        } else {
            RangeCurves rc = RangeCurves.read(battle, q.range());
            rc.curves().forEach((model, curve) -> {
                if (!curve.isEmpty()) {
                    windows.put(model, window(curve, tf, rc.capitals().get(model)));
                }
            });
        }
        List<RankingEntry> entries = new ArrayList<>();
        windows.forEach((model, w) -> entries.add(new RankingEntry(model, w.metrics().totalReturnPct(),
                w.metrics().sharpeRatio(), w.metrics().maxDrawdownPct())));
        return new Ranking(windows, Rankings.rank(entries));
    }

    /** The timeframe's window of a curve ({@link Rankings#window}) with its figures against the return base. */
    private static Window window(EquityCurve curve, Timeframe tf, Double capital) {
        EquityCurve w = Rankings.window(curve, tf);
        double base = Metrics.returnBase(tf, capital, w.first().equity());
        return new Window(CurveMetrics.of(w, base), w.last(), sparkline(w));
    }

    /** Each model's change at its newest leaderboard row (RankHistory is newest first). */
    private static Map<String, Integer> latestChanges(List<LeaderboardSnapshot> history) {
        Map<String, Integer> changes = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (RankChange c : RankHistory.of(history)) {
            if (seen.putIfAbsent(c.modelId(), true) == null && c.change() != null) {
                changes.put(c.modelId(), c.change());
            }
        }
        return changes;
    }

    private static List<TopPerformer> stored(List<LeaderboardSnapshot> history) {
        return RankHistory.topPerformers(history).stream()
                .map(s -> new TopPerformer(s.rank(), s.modelId(), s.totalReturnPct(), s.snapshotTime())).toList();
    }

    private static List<TopPerformer> computed(List<RankedModel> ranked) {
        return ranked.stream().limit(RankHistory.TOP)
                .map(r -> new TopPerformer(r.rank(), r.modelId(), r.entry().totalReturnPct(), null)).toList();
    }

    static Map<String, DecisionMix> mixes(List<ModelDecisionTypeCount> counts) {
        Map<String, MixCounter> byModel = new HashMap<>();
        counts.forEach(c -> byModel.computeIfAbsent(c.modelId(), k -> new MixCounter()).add(c));
        Map<String, DecisionMix> out = new HashMap<>();
        byModel.forEach((model, m) -> out.put(model, m.mix()));
        return out;
    }

    private static final class MixCounter {
        private final long[] byType = new long[DecisionType.values().length];
        private long withConfidence;
        private double confidenceSum;

        void add(ModelDecisionTypeCount c) {
            byType[DecisionType.fromText(c.decision()).ordinal()] += c.decisions();
            withConfidence += c.withConfidence();
            confidenceSum += c.confidenceSum() == null ? 0 : c.confidenceSum();
        }

        DecisionMix mix() {
            return new DecisionMix(byType[DecisionType.BUY.ordinal()], byType[DecisionType.SELL.ordinal()],
                    byType[DecisionType.HOLD.ordinal()], byType[DecisionType.CLOSE.ordinal()],
                    byType[DecisionType.UNKNOWN.ordinal()], withConfidence == 0 ? null : confidenceSum / withConfidence);
        }
    }

    /** Evenly spaced equities of the window, first and last included. */
    static double[] sparkline(EquityCurve window) {
        double[] e = window.equities();
        int[] at = sparkPositions(e.length);
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = e[at[i]];
        }
        return out;
    }

    /** The positions a sparkline of {@code n} equities shows: all of them up to {@link #SPARK_POINTS}, else evenly spaced. */
    static int[] sparkPositions(int n) {
        int points = Math.min(n, SPARK_POINTS);
        int[] out = new int[points];
        for (int i = 0; i < points; i++) {
            out[i] = n <= SPARK_POINTS ? i : (int) Math.round(i * (n - 1.0) / (SPARK_POINTS - 1));
        }
        return out;
    }
}
