package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One model's hourly snapshots ordered by time (as written, then id). */
public final class EquityCurve {

    static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private final List<HourlySnapshot> points;
    private final double[] equities;

    private EquityCurve(List<HourlySnapshot> sorted) {
        this.points = List.copyOf(sorted);
        this.equities = sorted.stream().mapToDouble(HourlySnapshot::equity).toArray();
    }

    /** Sorts a copy of the snapshots; they should all belong to one model. */
    public static EquityCurve of(List<HourlySnapshot> snapshots) {
        List<HourlySnapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(Comparator.comparing(HourlySnapshot::timestamp)
                .thenComparing(HourlySnapshot::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return new EquityCurve(sorted);
    }

    /** Trusts the given order (already sorted by the caller). */
    static EquityCurve ofOrdered(List<HourlySnapshot> sorted) {
        return new EquityCurve(sorted);
    }

    public List<HourlySnapshot> points() {
        return points;
    }

    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public HourlySnapshot first() {
        return points.get(0);
    }

    public HourlySnapshot last() {
        return points.get(points.size() - 1);
    }

    public Stamp time(int i) {
        return points.get(i).timestamp();
    }

    /** A copy of the equities in time order. */
    public double[] equities() {
        return equities.clone();
    }

    /** Simple returns between consecutive snapshots. */
    public double[] returns() {
        return Stats.simpleReturns(equities);
    }

    /** Real elapsed years between the first and the last snapshot (365-day years); 0 for fewer than two points. */
    public double elapsedYears() {
        if (points.size() < 2) {
            return 0;
        }
        return yearsBetween(first().timestamp(), last().timestamp());
    }

    /** Real elapsed years (365-day years) from one time to another. */
    static double yearsBetween(Stamp first, Stamp last) {
        return (last.epochSeconds() - first.epochSeconds()) / SECONDS_PER_YEAR;
    }

    /** Returns per year at the real sampling rate (about 8760 for hourly 24x7); NaN when no time elapsed. */
    public double periodsPerYear() {
        double years = elapsedYears();
        return years > 0 ? (points.size() - 1) / years : Double.NaN;
    }

    /** The snapshots from index {@code from} (inclusive) to the end. */
    public EquityCurve tail(int from) {
        return new EquityCurve(points.subList(from, points.size()));
    }
}
