package com.battlescope.analytics;

import java.util.Arrays;

/**
 * Reduces a line series to what a chart can show: the x range is cut into equal buckets (pixel columns) and
 * each bucket keeps only its lowest and highest point, in x order, plus the first and last point of the series.
 * Peaks and troughs survive, so a zoomed-out curve looks exactly like the full one.
 */
public final class MinMaxDecimator {

    /** The kept points; x ascending. */
    public record Series(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    private MinMaxDecimator() {
    }

    /**
     * @param x         ascending x values (e.g. epoch seconds)
     * @param y         values, same length
     * @param maxPoints at most this many points are returned (at least 4); fewer input points are returned as is
     */
    public static Series decimate(double[] x, double[] y, int maxPoints) {
        return decimate(x, y, 0, x.length, maxPoints);
    }

    /** As {@link #decimate(double[], double[], int)} over the index range [from, to), e.g. the zoomed-in part. */
    public static Series decimate(double[] x, double[] y, int from, int to, int maxPoints) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (maxPoints < 4) {
            throw new IllegalArgumentException("maxPoints must be at least 4");
        }
        if (from < 0 || to > x.length || from > to) {
            throw new IndexOutOfBoundsException("range " + from + ".." + to + " of " + x.length);
        }
        int n = to - from;
        if (n <= maxPoints) {
            return new Series(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to));
        }
        int buckets = (maxPoints - 2) / 2;
        double x0 = x[from];
        double span = x[to - 1] - x0;
        double[] ox = new double[maxPoints];
        double[] oy = new double[maxPoints];
        int k = 0;
        ox[k] = x[from];
        oy[k++] = y[from];
        int i = from + 1;
        int last = to - 1;
        for (int b = 0; b < buckets && i < last; b++) {
            double end = b == buckets - 1 ? Double.POSITIVE_INFINITY : x0 + span * (b + 1) / buckets;
            int min = -1;
            int max = -1;
            for (; i < last && x[i] < end; i++) {
                if (min < 0 || y[i] < y[min]) {
                    min = i;
                }
                if (max < 0 || y[i] > y[max]) {
                    max = i;
                }
            }
            if (min < 0) {
                continue;
            }
            int first = Math.min(min, max);
            int second = Math.max(min, max);
            ox[k] = x[first];
            oy[k++] = y[first];
            if (second != first) {
                ox[k] = x[second];
                oy[k++] = y[second];
            }
        }
        ox[k] = x[last];
        oy[k++] = y[last];
        return new Series(Arrays.copyOf(ox, k), Arrays.copyOf(oy, k));
    }
}
