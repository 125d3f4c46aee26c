package com.battlescope.service.view;

import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.Stamp;

/**
 * One model on the leaderboard of a timeframe. Every figure is over the timeframe's window of snapshots
 * (all time: the whole range, against the initial capital).
 *
 * @param rankChange          rank minus the previous rank at the latest leaderboard snapshot of the timeframe
 *                            (negative = climbed); null without such history
 * @param curve               return, Sharpe (parity, daily, sampled), Sortino and drawdown of the window
 * @param trades              trades closed in the window
 * @param tradesReconstructed the trades were rebuilt from executed decisions (trade_log is empty)
 * @param exposurePct         positions value / equity x 100 at the last snapshot
 * @param sparkline           up to {@link LeaderboardService#SPARK_POINTS} equities of the window, in time order
 */
public record LeaderboardRow(int rank, Integer rankChange, CurveMetrics curve, TradeStats trades,
                             boolean tradesReconstructed, int openPositions, double exposurePct,
                             DecisionMix decisions, double[] sparkline) {

    public LeaderboardRow withDetails(TradeStats allTrades, DecisionMix mix) {
        return new LeaderboardRow(rank, rankChange, curve, allTrades, tradesReconstructed, openPositions, exposurePct,
                mix, sparkline);
    }

    /** False while the advanced figures (decision mix, trade sizes and holding times) are not computed yet. */
    public boolean detailed() {
        return decisions.counted();
    }

    public String modelId() {
        return curve.modelId();
    }

    public Stamp lastUpdate() {
        return curve.lastSnapshot();
    }
}
