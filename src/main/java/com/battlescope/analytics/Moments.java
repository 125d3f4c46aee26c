package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Moments of one symbol's decisions for the GUI's side-by-side comparison. */
public final class Moments {

    private static final double DAY_MINUTES = 24 * 60;

    private Moments() {
    }

    /**
     * Each model's decision nearest to {@code momentJulianDay} within the window (ties: the earlier one).
     *
     * @param momentJulianDay {@link JulianDay#of} of the moment
     */
    public static Moment at(List<TimedDecision> symbolDecisions, Stamp moment, double momentJulianDay,
                            double windowMinutes) {
        Map<String, TimedDecision> best = new HashMap<>();
        String symbol = null;
        for (TimedDecision td : DecisionComparison.sortedByJulianDay(symbolDecisions)) {
            double minutes = TimedDecision.minutesApart(td.julianDay(), momentJulianDay);
            if (!(minutes <= windowMinutes)) {
                continue;
            }
            symbol = td.decision().symbol();
            best.merge(td.decision().modelId(), td, (old, now) ->
                    TimedDecision.minutesApart(now.julianDay(), momentJulianDay)
                            < TimedDecision.minutesApart(old.julianDay(), momentJulianDay) ? now : old);
        }
        TreeMap<String, Decision> byModel = new TreeMap<>();
        best.forEach((model, td) -> byModel.put(model, td.decision()));
        return new Moment(symbol, moment, Collections.unmodifiableSortedMap(byModel));
    }

    /**
     * The moments the decision comparison steps through: the {@link #clusters} of {@code inRange}, each showing
     * every model's decision of {@code sorted} nearest to the cluster's time within the window ({@link #at}).
     *
     * @param sorted  a symbol's decisions sorted by julian day (then id), reaching beyond the range by the window
     * @param inRange the part of {@code sorted} inside the range
     */
    public static List<Moment> comparisonMoments(List<TimedDecision> sorted, List<TimedDecision> inRange,
                                                 double windowMinutes) {
        List<Moment> moments = new ArrayList<>();
        double[] jds = sorted.stream().mapToDouble(TimedDecision::julianDay).toArray();
        for (Moment cluster : clusters(inRange, windowMinutes)) {
            double jd = JulianDay.of(cluster.time());
            int[] near = nearRange(jds, jd, windowMinutes);
            moments.add(at(sorted.subList(near[0], near[1]), cluster.time(), jd, windowMinutes));
        }
        return moments;
    }

    /**
     * The index range [from, to) of ascending julian days that can lie within the window of {@code jd}: a hair
     * wider than the window, {@link #at} applies the exact test.
     */
    public static int[] nearRange(double[] sortedJulianDays, double jd, double windowMinutes) {
        double reach = windowMinutes / DAY_MINUTES + 1e-9;
        return new int[] {firstAtOrAbove(sortedJulianDays, jd - reach),
            firstAtOrAbove(sortedJulianDays, Math.nextUp(jd + reach))};
    }

    private static int firstAtOrAbove(double[] sorted, double jd) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < jd) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Where the clusters open in ascending julian days: at the earliest decision not yet taken, each holding every
     * decision within the window after it. Returns {start, end} pairs, one per cluster, in order.
     */
    public static int[][] clusterBounds(double[] sortedJulianDays, double windowMinutes) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < sortedJulianDays.length) {
            int j = i;
            while (j < sortedJulianDays.length
                    && TimedDecision.minutesApart(sortedJulianDays[j], sortedJulianDays[i]) <= windowMinutes) {
                j++;
            }
            out.add(new int[] {i, j});
            i = Math.max(j, i + 1);
        }
        return out.toArray(int[][]::new);
    }

    /**
     * Clusters to step through, oldest first: a cluster opens at the earliest decision not yet taken and
     * holds every decision within the window after it; its moment is that first decision's time, and each
     * model shows its first decision in the cluster.
     */
    public static List<Moment> clusters(List<TimedDecision> symbolDecisions, double windowMinutes) {
        List<TimedDecision> sorted = DecisionComparison.sortedByJulianDay(symbolDecisions);
        List<Moment> out = new ArrayList<>();
        for (int[] c : clusterBounds(sorted.stream().mapToDouble(TimedDecision::julianDay).toArray(), windowMinutes)) {
            TimedDecision anchor = sorted.get(c[0]);
            TreeMap<String, Decision> byModel = new TreeMap<>();
            for (TimedDecision td : sorted.subList(c[0], c[1])) {
                byModel.putIfAbsent(td.decision().modelId(), td.decision());
            }
            out.add(new Moment(anchor.decision().symbol(), anchor.decision().timestamp(),
                    Collections.unmodifiableSortedMap(byModel)));
        }
        return out;
    }
}
