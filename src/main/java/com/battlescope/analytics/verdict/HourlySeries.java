package com.battlescope.analytics.verdict;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One model on the hourly grid: its last snapshot in each clock hour. A stamp with a UTC offset is converted to
 * UTC first, one without is taken as written; "last" is the latest instant in the hour.
 *
 * @param hours    clock hours (epoch seconds / 3600) in ascending order
 * @param equities the equity of the hour's last snapshot
 */
public record HourlySeries(long[] hours, double[] equities) {

    public static HourlySeries of(EquityCurve curve) {
        List<HourlySnapshot> points = curve.points();
        int n = points.size();
        long[] seconds = new long[n];
        int[] nanos = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Stamp t = points.get(i).timestamp();
            seconds[i] = t.local().toEpochSecond(t.offset() == null ? ZoneOffset.UTC : t.offset());
            nanos[i] = t.local().getNano();
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> seconds[i]).thenComparingInt(i -> nanos[i]));
        long[] hours = new long[n];
        double[] equities = new double[n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            int i = order[j];
            long hour = Math.floorDiv(seconds[i], 3600);
            if (k > 0 && hours[k - 1] == hour) {
                equities[k - 1] = points.get(i).equity();
            } else {
                hours[k] = hour;
                equities[k] = points.get(i).equity();
                k++;
            }
        }
        return new HourlySeries(Arrays.copyOf(hours, k), Arrays.copyOf(equities, k));
    }

    /** The hours where every series has a snapshot, with each series' equity there. */
    public static CommonHours common(List<HourlySeries> series) {
        long[] hours = series.get(0).hours;
        for (int m = 1; m < series.size(); m++) {
            hours = intersect(hours, series.get(m).hours);
        }
        double[][] equities = new double[series.size()][];
        for (int m = 0; m < series.size(); m++) {
            equities[m] = series.get(m).at(hours);
        }
        return new CommonHours(hours, equities);
    }

    /** The equities at the given hours, all of which must be in this series. */
    private double[] at(long[] wanted) {
        double[] out = new double[wanted.length];
        int i = 0;
        for (int j = 0; j < wanted.length; j++) {
            while (hours[i] != wanted[j]) {
                i++;
            }
            out[j] = equities[i];
        }
        return out;
    }

    private static long[] intersect(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[k++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Hours shared by several models.
     *
     * @param hours    clock hours (epoch seconds / 3600), ascending
     * @param equities per model, the equity at each hour
     */
    public record CommonHours(long[] hours, double[][] equities) {
        /** Per model, the returns between consecutive common hours. */
        public double[][] returns() {
            double[][] out = new double[equities.length][];
            for (int m = 0; m < equities.length; m++) {
                out[m] = SnapshotReturns.of(equities[m]);
            }
            return out;
        }
    }
}
