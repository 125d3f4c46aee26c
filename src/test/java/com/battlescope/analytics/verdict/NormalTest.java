package com.battlescope.analytics.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.norm / scipy.special.erfc (printed by hand, not by the code under test). */
class NormalTest {
    private static Percentage rel(double r) {
        return Percentage.withPercentage(r * 100);
    }

    @Test
    void cdfAndTails() {
        assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, rel(1e-13));
        assertThat(Normal.upperTail(8.0)).isCloseTo(6.22096057427174e-16, rel(1e-10));
        assertThat(Normal.cdf(-8.0)).isCloseTo(6.22096057427174e-16, rel(1e-10));
        assertThat(Normal.twoSidedP(3.7)).isCloseTo(0.00021559946695477646, rel(1e-11));
        assertThat(Normal.twoSidedP(-3.7)).isEqualTo(Normal.twoSidedP(3.7));
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
    }

    @Test
    void erfcOnBothSidesOfTheSwitch() {
        assertThat(Normal.erfc(0.3)).isCloseTo(0.6713732405408726, rel(1e-14));
        assertThat(Normal.erfc(2.4)).isCloseTo(0.0006885138966450789, rel(1e-12));
        assertThat(Normal.erfc(2.6)).isCloseTo(0.000236034416529349, rel(1e-12));
        assertThat(Normal.erfc(5.0)).isCloseTo(1.5374597944280347e-12, rel(1e-12));
        assertThat(Normal.erfc(-0.3)).isCloseTo(2 - 0.6713732405408726, rel(1e-14));
    }

    @Test
    void inverse() {
        assertThat(Normal.inverse(0.95)).isCloseTo(1.6448536269514722, rel(1e-14));
        assertThat(Normal.inverse(0.999)).isCloseTo(3.090232306167813, rel(1e-13));
        assertThat(Normal.inverse(1e-10)).isCloseTo(-6.361340902404056, rel(1e-13));
        assertThat(Normal.inverse(0.5)).isCloseTo(0, within(1e-16));
        assertThat(Normal.inverse(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.inverse(1.5)).isNaN();
        for (double p = 0.001; p < 1; p += 0.0137) {
            assertThat(Normal.cdf(Normal.inverse(p))).isCloseTo(p, rel(1e-12));
        }
    }
}
