package com.battlescope.analytics;

import java.util.Arrays;

/** Small numeric helpers shared by the metrics. */
public final class Stats {

    private Stats() {
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n-1); NaN with fewer than two values. */
    public static double sampleStd(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** Median; NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Simple returns between consecutive values: (v[i] - v[i-1]) / v[i-1]. */
    public static double[] simpleReturns(double[] values) {
        if (values.length < 2) {
            return new double[0];
        }
        double[] r = new double[values.length - 1];
        for (int i = 1; i < values.length; i++) {
            r[i - 1] = Metrics.simpleReturn(values[i - 1], values[i]);
        }
        return r;
    }

    /** {@link Metrics#sharpe} of an array of returns: mean / sampleStd × sqrt(periodsPerYear). */
    public static Double annualisedSharpe(double[] returns, double periodsPerYear) {
        if (returns.length < 2) {
            return null;
        }
        return Metrics.sharpe(mean(returns), sampleStd(returns), returns.length, periodsPerYear);
    }

    static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
