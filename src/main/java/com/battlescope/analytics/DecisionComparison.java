package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The {@code decision_comparison} view's rows for one symbol without its quadratic self-join: decisions
 * sorted by julian day, and for each first decision a walk outwards that stops at the window's edge.
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
        List<TimedDecision> sorted = sortedByJulianDay(symbolDecisions);
        List<ComparisonPair> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TimedDecision first = sorted.get(i);
            Stamp t = first.decision().timestamp();
            if ((from != null && t.compareTo(from) < 0) || (to != null && t.compareTo(to) > 0)) {
                continue;
            }
            collect(sorted, i, -1, windowMinutes, out);
            collect(sorted, i, +1, windowMinutes, out);
        }
        out.sort(VIEW_ORDER);
        return out;
    }

    /** Walks from {@code i} in one direction while within the window; the distance only grows that way. */
    private static void collect(List<TimedDecision> sorted, int i, int step, double windowMinutes,
                                List<ComparisonPair> out) {
        TimedDecision first = sorted.get(i);
        Decision d1 = first.decision();
        for (int j = i + step; j >= 0 && j < sorted.size(); j += step) {
            TimedDecision other = sorted.get(j);
            double minutes = TimedDecision.minutesApart(first.julianDay(), other.julianDay());
            if (!(minutes <= windowMinutes)) {
                return;
            }
            if (d1.modelId().compareTo(other.decision().modelId()) < 0
                    && Objects.equals(d1.symbol(), other.decision().symbol())) {
                out.add(ComparisonPair.of(d1, other.decision(), minutes));
            }
        }
    }

    static List<TimedDecision> sortedByJulianDay(List<TimedDecision> decisions) {
        List<TimedDecision> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparingDouble(TimedDecision::julianDay)
                .thenComparing(d -> d.decision().id(), IDS));
        return sorted;
    }
}
