package com.battlescope.analytics.verdict;

/** Neumaier-compensated sums: the figures are compared with independent implementations to 1e-7 relative. */
final class Sums {
    private Sums() {
    }

    static double sum(double[] values) {
        double sum = 0;
        double c = 0;
        for (double v : values) {
            double t = sum + v;
            c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return sum + c;
    }

    static double mean(double[] values) {
        return sum(values) / values.length;
    }
}
