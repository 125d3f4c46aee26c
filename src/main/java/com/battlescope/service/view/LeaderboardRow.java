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
 * @param trades              trades closed in the window, as far as {@code tradeDetail} says they are known
 * @param tradeDetail         how much of {@code trades} is known yet (the leaderboard shows before reading trades)
 * @param tradesReconstructed the trades were rebuilt from executed decisions (trade_log is empty)
 * @param exposurePct         positions value / equity x 100 at the last snapshot
 * @param sparkline           up to {@link LeaderboardService#SPARK_POINTS} equities of the window, in time order
 */
public record LeaderboardRow(int rank, Integer rankChange, CurveMetrics curve, TradeStats trades,
                             TradeDetail tradeDetail, boolean tradesReconstructed, int openPositions,
                             double exposurePct, DecisionMix decisions, double[] sparkline) {

    /** How much of a row's trade figures is known. */
    public enum TradeDetail {
        /** Not read yet: every trade column waits. */
        PENDING,
        /** SQL totals: count, win rate, profit factor, best and worst; sizes and holding times wait. */
        TOTALS,
        /** From every trade. */
        FULL
    }

    public LeaderboardRow withTrades(TradeStats allTrades) {
        return new LeaderboardRow(rank, rankChange, curve, allTrades, TradeDetail.FULL, tradesReconstructed,
                openPositions, exposurePct, decisions, sparkline);
    }

    public LeaderboardRow withDecisions(DecisionMix mix) {
        return new LeaderboardRow(rank, rankChange, curve, trades, tradeDetail, tradesReconstructed, openPositions,
                exposurePct, mix, sparkline);
    }

    /** False while any advanced figure (decision mix, trade sizes and holding times) is not computed yet. */
    public boolean detailed() {
        return decisions.counted() && tradeDetail == TradeDetail.FULL;
    }

    public String modelId() {
        return curve.modelId();
    }

    public Stamp lastUpdate() {
        return curve.lastSnapshot();
    }
}
