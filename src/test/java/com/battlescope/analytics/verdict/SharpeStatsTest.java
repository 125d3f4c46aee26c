package com.battlescope.analytics.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Expected values computed by src/test/resources/verdict/verdict_reference.py (numpy/scipy) for
 * r = [0.01, -0.02, 0.03, 0, 0.015, -0.005, 0.04].
 */
class SharpeStatsTest {
    private static final double[] R = {0.01, -0.02, 0.03, 0.0, 0.015, -0.005, 0.04};
    private static final Percentage REL = Percentage.withPercentage(1e-10);

    @Test
    void momentsAndSharpe() {
        SharpeStats s = SharpeStats.of(R);
        assertThat(s.n()).isEqualTo(7);
        assertThat(s.sharpe()).isCloseTo(0.4850712500726658, REL);
        assertThat(s.skewness()).isCloseTo(0.07704953411699783, REL);
        assertThat(s.kurtosis()).isCloseTo(1.9821222606689735, REL);
    }

    @Test
    void psrMinTrackRecordAndDsr() {
        SharpeStats s = SharpeStats.of(R);
        assertThat(s.psr(0)).isCloseTo(0.8802508040773585, REL);
        assertThat(s.minTrackRecord()).isCloseTo(12.733100215473428, REL);
        // 7 returns over 3.5 days: half a day per return
        assertThat(s.minTrackRecordDays(3.5)).isCloseTo(12.733100215473428 / 2, REL);
        Double benchmark = SharpeStats.deflatedBenchmark(new double[] {s.sharpe(), 0.1, -0.05});
        assertThat(benchmark).isCloseTo(0.23538050647816852, REL);
        assertThat(s.psr(benchmark)).isCloseTo(0.7275669805455623, REL);
    }

    @Test
    void undefinedFigures() {
        assertThat(SharpeStats.of(new double[] {0.01, 0.02}).sharpe()).isNull();
        SharpeStats flat = SharpeStats.of(new double[] {0.0, 0.0, 0.0, 0.0});
        assertThat(flat.sharpe()).isNull();
        assertThat(flat.skewness()).isNull();
        assertThat(flat.psr(0)).isNull();
        assertThat(flat.minTrackRecord()).isNull();
        SharpeStats losing = SharpeStats.of(new double[] {-0.01, 0.0, -0.02, 0.005});
        assertThat(losing.sharpe()).isNegative();
        assertThat(losing.minTrackRecord()).isNull();
        assertThat(losing.minTrackRecordDays(10)).isNull();
        assertThat(SharpeStats.deflatedBenchmark(new double[] {0.1})).isNull();
    }
}
