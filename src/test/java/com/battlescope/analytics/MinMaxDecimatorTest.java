package com.battlescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {
    private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] Y = {5, 1, 9, 3, 4, 8, 2, 7, 6, 0};

    @Test
    void keepsFirstLastAndTheMinAndMaxOfEachBucketInTimeOrder() {
        // 6 points: first + 2 buckets x (min, max) + last; buckets are x in (0, 4.5) and [4.5, 9)
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(X, Y, 6);
        assertThat(s.x()).containsExactly(0, 1, 2, 5, 6, 9);
        assertThat(s.y()).containsExactly(5, 1, 9, 8, 2, 0);
    }

    @Test
    void aSeriesThatFitsIsReturnedWhole() {
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(X, Y, 10);
        assertThat(s.x()).containsExactly(X);
        assertThat(s.y()).containsExactly(Y);
    }

    @Test
    void anEmptyBucketAddsNothing() {
        // buckets (0, 50) and [50, 100): the second holds no inner point
        double[] x = {0, 1, 2, 3, 4, 5, 100};
        double[] y = {10, 11, 15, 12, 9, 13, 14};
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(x, y, 6);
        assertThat(s.x()).containsExactly(0, 2, 4, 100);
        assertThat(s.y()).containsExactly(10, 15, 9, 14);
    }

    @Test
    void aFlatBucketKeepsOnePoint() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {7, 7, 7, 7, 7, 7, 7};
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(x, y, 4);
        assertThat(s.x()).containsExactly(0, 1, 6);
    }

    @Test
    void aZoomedRangeIsReducedOnItsOwn() {
        // indices 2..7 (x 2..7), 4 points: first, one bucket (3..6 -> min 2 at x 6, max 8 at x 5), last
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(X, Y, 2, 8, 4);
        assertThat(s.x()).containsExactly(2, 5, 6, 7);
        assertThat(s.y()).containsExactly(9, 8, 2, 7);
        assertThat(MinMaxDecimator.decimate(X, Y, 2, 5, 4).x()).containsExactly(2, 3, 4);
    }

    @Test
    void neverReturnsMoreThanAskedAndKeepsTheExtremes() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 3600.0;
            y[i] = Math.sin(i / 500.0) * 1000 + (i == 77_777 ? 5000 : 0);
        }
        MinMaxDecimator.Series s = MinMaxDecimator.decimate(x, y, 2000);
        assertThat(s.size()).isLessThanOrEqualTo(2000).isGreaterThan(1900);
        assertThat(s.y()).contains(y[77_777]);
        assertThat(s.x()).isSorted();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> MinMaxDecimator.decimate(X, new double[3], 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinMaxDecimator.decimate(X, Y, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
