package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code decision_comparison} view's rows for one symbol without its quadratic self-join: decisions grouped
 * by model and sorted by julian day, and for each pair of models a sorted merge with a sliding window.
 */
public final class DecisionComparison {

    public static final double DEFAULT_WINDOW_MINUTES = 5;

    private static final Comparator<Long> IDS = Comparator.nullsLast(Comparator.naturalOrder());

    /** Newest first by the first decision's text, then its id, then the second's text and id. */
    public static final Comparator<ComparisonPair> VIEW_ORDER = Comparator
            .comparing((ComparisonPair p) -> p.first().timestamp().text(), Comparator.reverseOrder())
            .thenComparing(p -> p.first().id(), IDS)
            .thenComparing(p -> p.second().timestamp().text(), Comparator.reverseOrder())
            .thenComparing(p -> p.second().id(), IDS);

    private DecisionComparison() {
    }

    /**
     * @param symbolDecisions every decision on one symbol (any models, any time: second decisions may lie
     *                        outside the range)
     * @param from            first decision's earliest timestamp, inclusive; null = open
     * @param to              first decision's latest timestamp, inclusive; null = open
     */
    public static List<ComparisonPair> pairs(List<TimedDecision> symbolDecisions, double windowMinutes,
                                             Stamp from, Stamp to) {
        return pairs(symbolDecisions, windowMinutes, from, to, null);
    }

    /**
     * As {@link #pairs(List, double, Stamp, Stamp)}, counting every distance it computes in {@code work} (when not
     * null): a sorted merge per model pair with a sliding window, so the work is O(n log n) plus the pairs found,
     * however many decisions one model makes inside the window.
     */
    static List<ComparisonPair> pairs(List<TimedDecision> symbolDecisions, double windowMinutes, Stamp from,
                                      Stamp to, long[] work) {
        Map<List<String>, List<TimedDecision>> byModel = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(k -> k.get(1), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (TimedDecision d : sortedByJulianDay(symbolDecisions)) {
            byModel.computeIfAbsent(Arrays.asList(d.decision().symbol(), d.decision().modelId()),
                    k -> new ArrayList<>()).add(d);
        }
        List<ComparisonPair> out = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>(byModel.keySet());
        for (int a = 0; a < keys.size(); a++) {
            for (int b = a + 1; b < keys.size(); b++) {
                List<String> ka = keys.get(a);
                List<String> kb = keys.get(b);
                if (Objects.equals(ka.get(0), kb.get(0)) && ka.get(1) != null && kb.get(1) != null
                        && ka.get(1).compareTo(kb.get(1)) < 0) {
                    merge(byModel.get(ka), byModel.get(kb), windowMinutes, from, to, out, work);
                }
            }
        }
        out.sort(VIEW_ORDER);
        return out;
    }

    /**
     * Every decision of the first model (inside the range) with every decision of the second within the window.
     * Both lists are sorted by julian day; the second model's matches of consecutive first decisions form a
     * window that only moves forward ({@code |j1 - j2|} is monotone in {@code j2} in floating point too).
     */
    private static void merge(List<TimedDecision> firsts, List<TimedDecision> seconds, double windowMinutes,
                              Stamp from, Stamp to, List<ComparisonPair> out, long[] work) {
        int lo = 0;
        int hi = 0;
        long distances = 0;
        for (TimedDecision first : firsts) {
            Stamp t = first.decision().timestamp();
            if ((from != null && t.compareTo(from) < 0) || (to != null && t.compareTo(to) > 0)) {
                continue;
            }
            double j1 = first.julianDay();
            while (lo < seconds.size() && seconds.get(lo).julianDay() < j1
                    && !(TimedDecision.minutesApart(j1, seconds.get(lo).julianDay()) <= windowMinutes)) {
                lo++;
                distances++;
            }
            hi = Math.max(hi, lo);
            while (hi < seconds.size() && (seconds.get(hi).julianDay() <= j1
                    || TimedDecision.minutesApart(j1, seconds.get(hi).julianDay()) <= windowMinutes)) {
                hi++;
                distances++;
            }
            for (int j = lo; j < hi; j++) {
                TimedDecision other = seconds.get(j);
                double minutes = TimedDecision.minutesApart(j1, other.julianDay());
                distances++;
                if (minutes <= windowMinutes) {
                    out.add(ComparisonPair.of(first.decision(), other.decision(), minutes));
                }
            }
        }
        if (work != null) {
            work[0] += distances;
        }
    }

    static List<TimedDecision> sortedByJulianDay(List<TimedDecision> decisions) {
        List<TimedDecision> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparingDouble(TimedDecision::julianDay)
                .thenComparing(d -> d.decision().id(), IDS));
        return sorted;
    }
}
