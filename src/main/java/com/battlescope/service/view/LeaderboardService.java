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
import com.battlescope.service.Battle;
import com.battlescope.service.RangeCurves;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        boolean fromTotals = battle.tradeCount() > 0;
        // the all-time totals are summed on another connection while the curves are read
        Future<Map<String, TradeStats>> allTimeRead = ReadThreads.start(
                () -> fromTotals && tf == Timeframe.ALL_TIME
                        ? totals(battle, null, q.range().fromText(), q.range().toText()) : Map.of());
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
            EquityCurve window = Rankings.window(ranking.curves().get(model), tf);
            Double capital = ranking.capitals().get(model);
            double base = Metrics.returnBase(tf, capital, window.first().equity());
            TradeStats trades;
            if (!fromTotals) {
                trades = none;
            } else if (tf == Timeframe.ALL_TIME) {
                trades = allTimeTotals.getOrDefault(model, none);
            } else {
                trades = totals(battle, model, startText(window.first().timestamp()), q.range().toText())
                        .getOrDefault(model, none);
            }
            HourlySnapshot last = window.last();
            rows.add(new LeaderboardRow(ranked.rank(), changes.get(model), CurveMetrics.of(window, base), trades,
                    fromTotals ? LeaderboardRow.TradeDetail.TOTALS : LeaderboardRow.TradeDetail.PENDING,
                    !fromTotals, last.positionsCount(), Metrics.exposurePct(last.positionsValue(), last.equity()),
                    DecisionMix.NOT_COUNTED, sparkline(window)));
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

    private static Map<String, TradeStats> totals(Battle battle, String model, String fromText, String toText) {
        Map<String, TradeStats> out = new HashMap<>();
        for (ModelTradeTotals t : battle.tradeTotals(model, fromText, toText)) {
            out.put(t.modelId(), TradeStats.ofTotals(t.trades(), t.winners(), t.losers(), t.grossProfit(),
                    t.grossLoss(), t.best(), t.worst()));
        }
        return out;
    }

    /** A window's first snapshot as an inclusive text bound of a query. */
    private static String startText(Stamp windowStart) {
        return Stamp.format(windowStart.local());
    }

    private record Ranking(Map<String, EquityCurve> curves, Map<String, Double> capitals, List<RankedModel> ranked) {
    }

    private static Ranking ranking(Battle battle, ViewQuery q) {
        RangeCurves rc = RangeCurves.read(battle, q.range());
        return new Ranking(rc.curves(), rc.capitals(), Rankings.rankTimeframe(rc.curves(), rc.capitals(), q.timeframe()));
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
        if (e.length <= SPARK_POINTS) {
            return e;
        }
        double[] out = new double[SPARK_POINTS];
        for (int i = 0; i < SPARK_POINTS; i++) {
            out[i] = e[(int) Math.round(i * (e.length - 1.0) / (SPARK_POINTS - 1))];
        }
        return out;
    }
}
