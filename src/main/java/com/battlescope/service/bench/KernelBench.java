package com.battlescope.service.bench;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.Drawdowns;
import com.battlescope.analytics.RiskRatios;
import com.battlescope.analytics.RollingStats;
import com.battlescope.analytics.Stats;
import java.util.Random;

/**
 * The metrics kernels over a long synthetic equity curve (a seeded random walk): the engine's Sharpe (returns,
 * mean, sample std), the maximum drawdown, and rolling Sharpe plus volatility over a 30-day window of hourly returns.
 */
public final class KernelBench {
    public static final int DEFAULT_POINTS = 1_000_000;
    /** 30 days of hourly returns. */
    public static final int ROLLING_WINDOW = 720;
    private static final double HOURS_PER_YEAR = 8760;

    /** Medians in milliseconds over {@code points} equity values; the values are returned so they can be checked. */
    public record Result(int points, double sharpeMs, double drawdownMs, double rollingMs, double sharpeCpuMs,
                         double drawdownCpuMs, double rollingCpuMs, Double sharpe, double maxDrawdownPct,
                         double lastRollingSharpe) {
    }

    public Result run(int points, int warmups, int runs) {
        double[] equity = randomWalk(points, 42);
        Timing.Measured<Double> sharpe = Timing.median(warmups, runs,
                () -> Stats.annualisedSharpe(Stats.simpleReturns(equity), Metrics.ENGINE_PERIODS_PER_YEAR));
        Timing.Measured<Drawdowns.MaxDrawdown> drawdown = Timing.median(warmups, runs, () -> Drawdowns.max(equity));
        Timing.Measured<double[]> rolling = Timing.median(warmups, runs, () -> {
            double[] r = Stats.simpleReturns(equity);
            double[] s = RollingStats.sharpe(r, ROLLING_WINDOW, HOURS_PER_YEAR);
            RollingStats.volatilityPct(r, ROLLING_WINDOW, HOURS_PER_YEAR);
            return s;
        });
        double[] s = rolling.value();
        return new Result(points, sharpe.medianMs(), drawdown.medianMs(), rolling.medianMs(), sharpe.medianCpuMs(),
                drawdown.medianCpuMs(), rolling.medianCpuMs(), sharpe.value(),
                drawdown.value().maxPct(), s.length == 0 ? Double.NaN : s[s.length - 1]);
    }

    static double[] randomWalk(int points, long seed) {
        Random rnd = new Random(seed);
        double[] e = new double[points];
        double v = 100_000;
        for (int i = 0; i < points; i++) {
            v *= 1 + 0.00002 + rnd.nextGaussian() * 0.002;
            e[i] = v;
        }
        return e;
    }
}
