package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void tiesShareTheirAverageRank() {
        assertThat(Spearman.averageRanks(new double[] {3, 1, 2, 2}, 4)).containsExactly(4, 1, 2.5, 2.5);
    }

    /** Ranks x (1, 2.5, 2.5, 4), y (1, 3, 2, 4): 4.5 / √(4.5 · 5) (scipy.stats.spearmanr: 0.9486832980505138). */
    @Test
    void withTiesByHand() {
        assertThat(Spearman.rho(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}, 4))
                .isCloseTo(4.5 / Math.sqrt(22.5), within(1e-15));
    }

    @Test
    void monotoneIsOneAndReversedMinusOne() {
        assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {10, 50, 51}, 3)).isCloseTo(1, within(1e-15));
        assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {5, 4, -9}, 3)).isCloseTo(-1, within(1e-15));
    }

    @Test
    void undefinedForConstantsAndSinglePairs() {
        assertThat(Spearman.rho(new double[] {0.7, 0.7, 0.7}, new double[] {1, 2, 3}, 3)).isNull();
        assertThat(Spearman.rho(new double[] {0.7}, new double[] {1}, 1)).isNull();
    }
}
