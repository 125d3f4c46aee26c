package com.battlescope.analytics.verdict;

import java.util.Arrays;

/** r_t = e_t / e_(t−1) − 1 over equities in time order; a step from equity 0 is skipped. */
public final class SnapshotReturns {
    private SnapshotReturns() {
    }

    public static double[] of(double[] equities) {
        if (equities.length < 2) {
            return new double[0];
        }
        double[] r = new double[equities.length - 1];
        int k = 0;
        for (int i = 1; i < equities.length; i++) {
            if (equities[i - 1] != 0) {
                r[k++] = equities[i] / equities[i - 1] - 1;
            }
        }
        return k == r.length ? r : Arrays.copyOf(r, k);
    }
}
