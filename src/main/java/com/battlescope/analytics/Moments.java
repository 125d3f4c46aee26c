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
        for (Moment cluster : clusters(inRange, windowMinutes)) {
            double jd = JulianDay.of(cluster.time());
            moments.add(at(near(sorted, jd, windowMinutes), cluster.time(), jd, windowMinutes));
        }
        return moments;
    }

    /** The decisions of a julian-day-sorted list that can lie within the window of {@code jd} (binary search). */
    private static List<TimedDecision> near(List<TimedDecision> sorted, double jd, double windowMinutes) {
        // a hair wider than the window: at() applies the exact test
        double reach = windowMinutes / DAY_MINUTES + 1e-9;
        return sorted.subList(firstAtOrAbove(sorted, jd - reach), firstAtOrAbove(sorted, Math.nextUp(jd + reach)));
    }

    private static int firstAtOrAbove(List<TimedDecision> sorted, double jd) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).julianDay() < jd) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Clusters to step through, oldest first: a cluster opens at the earliest decision not yet taken and
     * holds every decision within the window after it; its moment is that first decision's time, and each
     * model shows its first decision in the cluster.
     */
    public static List<Moment> clusters(List<TimedDecision> symbolDecisions, double windowMinutes) {
        List<TimedDecision> sorted = DecisionComparison.sortedByJulianDay(symbolDecisions);
        List<Moment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            TimedDecision anchor = sorted.get(i);
            TreeMap<String, Decision> byModel = new TreeMap<>();
            int j = i;
            while (j < sorted.size()
                    && TimedDecision.minutesApart(sorted.get(j).julianDay(), anchor.julianDay()) <= windowMinutes) {
                byModel.putIfAbsent(sorted.get(j).decision().modelId(), sorted.get(j).decision());
                j++;
            }
            out.add(new Moment(anchor.decision().symbol(), anchor.decision().timestamp(),
                    Collections.unmodifiableSortedMap(byModel)));
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
