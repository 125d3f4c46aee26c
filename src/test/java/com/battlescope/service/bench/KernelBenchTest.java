package com.battlescope.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.Drawdowns;
import com.battlescope.analytics.RiskRatios;
import com.battlescope.analytics.RollingStats;
import com.battlescope.analytics.Stats;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel benchmark computes the real figures of its curve (timings are measured, not asserted). */
class KernelBenchTest {
    @Test
    void figuresAreThoseOfTheKernelsOnTheSameCurve() {
        KernelBench.Result r = new KernelBench().run(5000, 0, 1);
        double[] equity = KernelBench.randomWalk(5000, 42);
        double[] returns = Stats.simpleReturns(equity);
        assertThat(r.points()).isEqualTo(5000);
        assertThat(r.sharpe()).isEqualTo(Stats.annualisedSharpe(returns, Metrics.ENGINE_PERIODS_PER_YEAR));
        assertThat(r.maxDrawdownPct()).isEqualTo(Drawdowns.max(equity).maxPct()).isPositive();
        double[] rolling = RollingStats.sharpe(returns, KernelBench.ROLLING_WINDOW, 8760);
        assertThat(r.lastRollingSharpe()).isCloseTo(rolling[rolling.length - 1], within(1e-12));
        assertThat(List.of(r.sharpeMs(), r.drawdownMs(), r.rollingMs(), r.sharpeCpuMs()))
                .allSatisfy(v -> assertThat(v).isNotNegative());
    }

    @Test
    void theWalkIsSeededAndPositive() {
        assertThat(KernelBench.randomWalk(1000, 42)).containsExactly(KernelBench.randomWalk(1000, 42));
        assertThat(Arrays.stream(KernelBench.randomWalk(1000, 42)).min().orElseThrow()).isPositive();
    }
}
