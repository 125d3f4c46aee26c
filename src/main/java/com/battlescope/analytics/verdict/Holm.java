package com.battlescope.analytics.verdict;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's (1979) step-down adjustment: the i-th smallest of m p-values becomes max_{j≤i} min(1, (m − j + 1) p_(j)). */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values in the order given. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[m];
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
            out[order[j]] = running;
        }
        return out;
    }
}
