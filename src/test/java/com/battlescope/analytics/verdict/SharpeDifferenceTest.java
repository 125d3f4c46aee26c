package com.battlescope.analytics.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** Expected values from verdict_reference.py's ledoit_wolf (4x4 matrices Γ_l, Ψ and ∇ᵀΨ∇ spelled out with numpy). */
class SharpeDifferenceTest {
    private static final Percentage REL = Percentage.withPercentage(1e-10);

    @Test
    void ledoitWolfOnEightPairedReturns() {
        double[] x = {0.01, -0.02, 0.03, 0.0, 0.015, -0.005, 0.02, 0.001};
        double[] y = {0.005, 0.01, -0.01, 0.02, 0.0, 0.004, -0.003, 0.012};
        SharpeDifference d = SharpeDifference.of(x, y);
        assertThat(d.n()).isEqualTo(8);
        assertThat(d.sharpeDiff()).isCloseTo(-0.10838377168637342, REL);
        assertThat(d.z()).isCloseTo(-0.2915495971358335, REL);
        assertThat(d.pValue()).isCloseTo(0.7706310174393486, REL);
        assertThat(d.correlation()).isCloseTo(-0.7388299231295918, REL);
    }

    @Test
    void neweyWestLags() {
        // ⌊4 (T/100)^(2/9)⌋ by hand: T = 100 -> 4; T = 8760 -> 4 · 87.6^(2/9) = 10.8 -> 10; T = 8 -> 2.27 -> 2
        assertThat(SharpeDifference.lags(100)).isEqualTo(4);
        assertThat(SharpeDifference.lags(8760)).isEqualTo(10);
        assertThat(SharpeDifference.lags(8)).isEqualTo(2);
    }

    @Test
    void undefinedWhenTooShortOrFlat() {
        SharpeDifference two = SharpeDifference.of(new double[] {0.01, 0.02}, new double[] {0.0, 0.03});
        assertThat(two.sharpeDiff()).isNotNull();
        assertThat(two.z()).isNull();
        assertThat(two.pValue()).isNull();
        SharpeDifference flat = SharpeDifference.of(new double[] {0.01, 0.01, 0.01, 0.01},
                new double[] {0.0, 0.03, -0.01, 0.02});
        assertThat(flat.sharpeDiff()).isNull();
        assertThat(flat.pValue()).isNull();
        assertThat(flat.correlation()).isNull();
    }

    @Test
    void holmByHand() {
        // sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 -> running max 0.06
        assertThat(Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, org.assertj.core.data.Offset.offset(1e-15));
        // 0.6·2 = 1.2 capped at 1, then 0.9·1 = 0.9 lifted to the running maximum 1
        assertThat(Holm.adjust(new double[] {0.6, 0.9})).containsExactly(1.0, 1.0);
    }
}
