package com.battlescope.analytics;

import com.battlescope.model.Trade;

import java.time.Duration;
import java.util.List;

/**
 * Statistics of closed trades. Null where the contract says "none": every average, rate and extreme is
 * null with no trades; {@code profitFactor} is +Infinity with profit and no losses.
 *
 * @param averageLoss       mean pnl of the losers (negative)
 * @param expectancy        mean pnl of all trades
 * @param averageSize       mean of shares x entry price
 * @param pctLong           share of trades with direction 'long', in percent
 */
public record TradeStats(int count, int winners, int losers, Double winRate, Double profitFactor,
                         double grossProfit, double grossLoss, Double averageWin, Double averageLoss,
                         Double expectancy, Double bestTrade, Double worstTrade, Double averageSize,
                         Double medianSize, Duration averageHolding, Duration medianHolding, Double pctLong) {

    /**
     * The figures that sums give (count, win rate, profit factor, gross profit and loss, average win and loss,
     * expectancy, best and worst); the size, holding and direction figures need every trade and are null.
     */
    public static TradeStats ofTotals(int count, int winners, int losers, double grossProfit, double grossLoss,
                                      Double best, Double worst) {
        return new TradeStats(count, winners, losers, count == 0 ? null : winners * 100.0 / count,
                profitFactor(count, grossProfit, grossLoss), grossProfit, grossLoss,
                winners == 0 ? null : grossProfit / winners, losers == 0 ? null : -grossLoss / losers,
                count == 0 ? null : (grossProfit - grossLoss) / count, count == 0 ? null : best,
                count == 0 ? null : worst, null, null, null, null, null);
    }

    public static TradeStats of(List<Trade> trades) {
        int n = trades.size();
        double[] pnl = trades.stream().mapToDouble(Trade::realizedPnl).toArray();
        double[] wins = trades.stream().filter(Trade::isWinner).mapToDouble(Trade::realizedPnl).toArray();
        double[] losses = trades.stream().filter(Trade::isLoser).mapToDouble(Trade::realizedPnl).toArray();
        double[] sizes = trades.stream().mapToDouble(t -> t.shares() * t.entryPrice()).toArray();
        double[] holdSeconds = trades.stream()
                .mapToDouble(t -> t.exitTime().epochSeconds() - t.entryTime().epochSeconds()).toArray();
        double grossProfit = sum(wins);
        double grossLoss = -sum(losses);
        long longs = trades.stream().filter(Trade::isLong).count();
        return new TradeStats(n, wins.length, losses.length, n == 0 ? null : wins.length * 100.0 / n,
                profitFactor(n, grossProfit, grossLoss), grossProfit, grossLoss, meanOrNull(wins),
                meanOrNull(losses), meanOrNull(pnl), n == 0 ? null : max(pnl), n == 0 ? null : min(pnl),
                meanOrNull(sizes), n == 0 ? null : Stats.median(sizes),
                n == 0 ? null : seconds(Stats.mean(holdSeconds)), n == 0 ? null : seconds(Stats.median(holdSeconds)),
                n == 0 ? null : longs * 100.0 / n);
    }

    /** gross profit / |gross loss|; +Infinity with profit and no loss; null with no trades or neither. */
    public static Double profitFactor(int count, double grossProfit, double grossLoss) {
        if (count == 0) {
            return null;
        }
        if (grossLoss == 0) {
            return grossProfit > 0 ? Double.POSITIVE_INFINITY : null;
        }
        return grossProfit / grossLoss;
    }

    private static Double meanOrNull(double[] v) {
        return v.length == 0 ? null : Stats.mean(v);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
