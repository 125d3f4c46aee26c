package com.battlescope.service.demo;

import com.battlescope.analytics.RankingEntry;
import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.model.Timeframe;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One model's leaderboard figures. All time from running totals (return vs the initial capital, the engine's
 * Sharpe over every snapshot return, the true max drawdown %); daily, weekly and monthly over the look-back
 * windows of {@link com.battlescope.analytics.Rankings#window} on the last 34 days, as the app computes them.
 */
final class StandingBook {
    private static final int KEEP_DAYS = 34;

    private final String modelId;
    private final double initialCapital;
    private final EquityWindow recent = new EquityWindow();
    private final Deque<ClosedTrade> recentTrades = new ArrayDeque<>();
    private final Metrics.ReturnMoments returns = new Metrics.ReturnMoments();
    private final Metrics.PeakTracker peak = new Metrics.PeakTracker();
    private int trades;
    private int wins;
    private double grossProfit;
    private double grossLoss;
    private HourlySnapshot last;

    StandingBook(String modelId, double initialCapital) {
        this.modelId = modelId;
        this.initialCapital = initialCapital;
    }

    void snapshot(HourlySnapshot s) {
        double e = s.equity();
        returns.addEquity(e);
        peak.add(e);
        last = s;
        recent.add(s.timestamp().local(), e);
        recent.keepDays(KEEP_DAYS);
    }

    void trade(LocalDateTime exit, double pnl) {
        trades++;
        if (pnl > 0) {
            wins++;
            grossProfit += pnl;
        } else if (pnl < 0) {
            grossLoss -= pnl;
        }
        recentTrades.addLast(new ClosedTrade(exit, pnl));
        LocalDateTime cutoff = exit.minusDays(KEEP_DAYS);
        while (recentTrades.peekFirst().exit().isBefore(cutoff)) {
            recentTrades.removeFirst();
        }
    }

    boolean hasSnapshots() {
        return last != null;
    }

    /** The figures of a timeframe as of the latest snapshot. */
    Figures figures(Timeframe tf) {
        if (tf == Timeframe.ALL_TIME) {
            double eq = last.equity();
            return new Figures(Metrics.returnPct(eq, initialCapital), eq - initialCapital, eq,
                    returns.sharpe(Metrics.ENGINE_PERIODS_PER_YEAR), peak.maxDrawdownPct(), trades, trades == 0 ? null : wins * 100.0 / trades,
                    TradeStats.profitFactor(trades, grossProfit, grossLoss));
        }
        double[] w = recent.lookBack(tf.days());
        double base = w[0];
        double eq = w[w.length - 1];
        LocalDateTime cutoff = last.timestamp().local().minusDays(tf.days());
        int n = 0;
        int won = 0;
        double gp = 0;
        double gl = 0;
        for (ClosedTrade t : recentTrades) {
            if (t.exit().isAfter(cutoff)) {
                n++;
                if (t.pnl() > 0) {
                    won++;
                    gp += t.pnl();
                } else if (t.pnl() < 0) {
                    gl -= t.pnl();
                }
            }
        }
        return new Figures(Metrics.returnPct(eq, base), eq - base, eq, PeriodBook.sharpe(w),
                PeriodBook.maxDrawdownPct(w), n, n == 0 ? null : won * 100.0 / n, TradeStats.profitFactor(n, gp, gl));
    }

    private record ClosedTrade(LocalDateTime exit, double pnl) {
    }

    /** The standing columns shared by current_standings and leaderboard_snapshots. */
    record Figures(double returnPct, double returnDollars, double equity, Double sharpe, Double maxDrawdownPct,
                   int trades, Double winRate, Double profitFactor) {
    }

    RankingEntry entry(Figures f) {
        return new RankingEntry(modelId, f.returnPct(), f.sharpe(), f.maxDrawdownPct());
    }

    LeaderboardSnapshot leaderboardRow(Timeframe tf, Figures f, int rank, Stamp time, int openPositions,
                                       double exposurePct) {
        return new LeaderboardSnapshot(null, modelId, tf.text(), time, rank, f.returnPct(), f.returnDollars(),
                f.equity(), f.sharpe(), f.maxDrawdownPct(), f.trades(), f.winRate(), f.profitFactor(),
                openPositions, exposurePct);
    }

    Standing standing(Stamp time, int openPositions, double exposurePct) {
        Figures f = figures(Timeframe.ALL_TIME);
        return new Standing(modelId, f.returnPct(), f.returnDollars(), f.equity(), f.sharpe(), f.maxDrawdownPct(),
                f.trades(), f.winRate(), f.profitFactor(), openPositions, exposurePct, time);
    }
}
