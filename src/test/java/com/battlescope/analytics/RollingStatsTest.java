package com.battlescope.analytics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RollingStatsTest {

    @Test
    void firstWindowMinusOneValuesAreUndefined() {
        double[] s = RollingStats.sharpe(new double[] {0.1, 0.1, -0.1, 0.2}, 3, 252);
        assertThat(s[0]).isNaN();
        assertThat(s[1]).isNaN();
    }

    @Test
    void eachValueIsTheSharpeOfItsWindow() {
        double[] r = {0.1, 0.1, -0.1, 0.2};
        double[] s = RollingStats.sharpe(r, 3, 252);
        assertThat(s[2]).isCloseTo(Math.sqrt(21), within(1e-9));
        assertThat(s[3]).isCloseTo(Stats.annualisedSharpe(Arrays.copyOfRange(r, 1, 4), 252), within(1e-9));
    }

    @Test
    void flatWindowHasUndefinedSharpeAndZeroVolatility() {
        double[] r = {0.3, 0.01, 0.01, 0.01};
        assertThat(RollingStats.sharpe(r, 3, 252)[3]).isNaN();
        assertThat(RollingStats.volatilityPct(r, 3, 252)[3]).isZero();
    }

    @Test
    void volatilityIsSampleStdAnnualisedInPercent() {
        double[] r = {0.1, 0.1, -0.1};
        assertThat(RollingStats.volatilityPct(r, 3, 100)[2]).isCloseTo(Math.sqrt(0.04 / 3) * 10 * 100, within(1e-9));
    }

    @Test
    void matchesDirectComputationOnNoisyData() {
        Random rnd = new Random(1);
        double[] r = new double[500];
        for (int i = 0; i < r.length; i++) {
            r[i] = 0.001 + rnd.nextGaussian() * 0.01;
        }
        double[] s = RollingStats.sharpe(r, 50, 8760);
        assertThat(s[499]).isCloseTo(Stats.annualisedSharpe(Arrays.copyOfRange(r, 450, 500), 8760), within(1e-9));
    }

    @Test
    void aMillionPointsTakeWellUnder100Milliseconds() {
        Random rnd = new Random(2);
        double[] r = new double[1_000_000];
        for (int i = 0; i < r.length; i++) {
            r[i] = rnd.nextGaussian() * 0.01;
        }
        // CPU time of this thread: on a shared machine wall-clock time also counts the wait for a free core
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long t = threads.getCurrentThreadCpuTime();
            RollingStats.sharpe(r, 168, 8760);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t);
        }
        assertThat(best / 1e6).isLessThan(100);
    }
}
