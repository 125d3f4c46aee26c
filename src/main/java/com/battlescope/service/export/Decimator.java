package com.battlescope.service.export;

import java.util.Arrays;

/**
 * Reduces a line to what a pixel grid can show: per run of points in one pixel column only the lowest and the
 * highest (in their order), plus the very first and last point of each stretch of the line, so the drawn line
 * keeps its extremes and ends with a fraction of the points.
 */
final class Decimator {
    /** Gap marker in the result: the line breaks here (a missing or unplottable value). */
    static final int GAP = -1;

    private Decimator() {
    }

    /** Indices of the points to keep, in order, with {@link #GAP} where the line breaks. */
    static int[] reduce(double[] px, double[] py) {
        int n = px.length;
        int[] out = new int[Math.max(4, n + n / 2 + 1)];
        int size = 0;
        int i = 0;
        while (i < n) {
            if (!Double.isFinite(px[i]) || !Double.isFinite(py[i])) {
                if (size > 0 && out[size - 1] != GAP) {
                    out[size++] = GAP;
                }
                i++;
                continue;
            }
            double col = Math.floor(px[i]);
            int first = i;
            int low = i;
            int high = i;
            int j = i + 1;
            while (j < n && Double.isFinite(px[j]) && Double.isFinite(py[j]) && Math.floor(px[j]) == col) {
                if (py[j] < py[low]) {
                    low = j;
                }
                if (py[j] > py[high]) {
                    high = j;
                }
                j++;
            }
            boolean stretchStart = i == 0 || size == 0 || out[size - 1] == GAP;
            boolean stretchEnd = j == n || !Double.isFinite(px[j]) || !Double.isFinite(py[j]);
            int[] keep = {stretchStart ? first : low, low, high, stretchEnd ? j - 1 : high};
            Arrays.sort(keep);
            for (int k = 0; k < keep.length; k++) {
                if (k == 0 || keep[k] != keep[k - 1]) {
                    out[size++] = keep[k];
                }
            }
            i = j;
        }
        if (size > 0 && out[size - 1] == GAP) {
            size--;
        }
        return Arrays.copyOf(out, size);
    }
}
