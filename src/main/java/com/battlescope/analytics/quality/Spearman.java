package com.battlescope.analytics.quality;

import java.util.Arrays;

/** Spearman rank correlation with average ranks for ties (the Pearson correlation of the ranks). */
public final class Spearman {
    private Spearman() {
    }

    /** Over the first n pairs; null with fewer than two pairs or when either side is constant. */
    public static Double rho(double[] x, double[] y, int n) {
        if (n < 2) {
            return null;
        }
        double[] rx = averageRanks(x, n);
        double[] ry = averageRanks(y, n);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += rx[i];
            my += ry[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = rx[i] - mx;
            double dy = ry[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks of v[0..n); tied values share the mean of their positions. */
    static double[] averageRanks(double[] v, int n) {
        double[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = firstIndex(sorted, v[i], false);
            int hi = firstIndex(sorted, v[i], true);
            ranks[i] = (lo + 1 + hi) / 2.0;
        }
        return ranks;
    }

    /** First index whose value is ≥ key (or > key when {@code above}). */
    private static int firstIndex(double[] sorted, double key, boolean above) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key || (above && sorted[mid] == key)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
