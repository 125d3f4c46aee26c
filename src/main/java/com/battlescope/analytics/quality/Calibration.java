package com.battlescope.analytics.quality;

import java.util.ArrayList;
import java.util.List;

/** How well stated confidence (as a probability) matches hits: ten bins, Brier score and expected calibration error. */
public final class Calibration {
    public static final int BINS = 10;

    private Calibration() {
    }

    /** The bin of c: the b in 0..9 with b/10 ≤ c < (b+1)/10 (c = 1.0 in the last; out-of-range c clamped). */
    public static int bin(double c) {
        int b = (int) Math.max(0, Math.min(BINS - 1, Math.floor(c * BINS)));
        while (b > 0 && c < b / (double) BINS) {
            b--;
        }
        while (b < BINS - 1 && c >= (b + 1) / (double) BINS) {
            b++;
        }
        return b;
    }

    /** The ten bins of (c, hit) pairs. */
    public static List<CalibrationBin> bins(double[] c, boolean[] hit, int n) {
        int[] count = new int[BINS];
        double[] sumC = new double[BINS];
        int[] hits = new int[BINS];
        for (int i = 0; i < n; i++) {
            int b = bin(c[i]);
            count[b]++;
            sumC[b] += c[i];
            hits[b] += hit[i] ? 1 : 0;
        }
        List<CalibrationBin> out = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            out.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, count[b],
                    count[b] == 0 ? null : sumC[b] / count[b], count[b] == 0 ? null : (double) hits[b] / count[b]));
        }
        return out;
    }

    /** Mean of (c - hit)^2; null when n = 0. */
    public static Double brier(double[] c, boolean[] hit, int n) {
        if (n == 0) {
            return null;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = c[i] - (hit[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / n;
    }

    /** Σ_b (n_b / n) |hit rate_b − mean c_b| over the non-empty bins; null when there are none. */
    public static Double ece(List<CalibrationBin> bins) {
        int n = bins.stream().mapToInt(CalibrationBin::n).sum();
        if (n == 0) {
            return null;
        }
        double sum = 0;
        for (CalibrationBin b : bins) {
            if (b.n() > 0) {
                sum += (double) b.n() / n * Math.abs(b.hitRate() - b.meanConfidence());
            }
        }
        return sum;
    }
}
