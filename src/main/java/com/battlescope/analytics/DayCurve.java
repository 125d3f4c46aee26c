package com.battlescope.analytics;

import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One model's equity curve as {@link CurveDay} summaries in time order: every whole-curve figure (return moments,
 * daily closes, drawdowns, time under water) is combined here day by day, whether the days come from BattleScope's
 * index or were just summed up from the snapshots ({@link #of(EquityCurve)}), so that both give the same bits.
 */
public final class DayCurve {
    private final List<CurveDay> days;
    private final int snapshots;

    private DayCurve(List<CurveDay> days) {
        this.days = List.copyOf(days);
        this.snapshots = days.stream().mapToInt(CurveDay::count).sum();
    }

    /** Days of one model in time order, each with at least one snapshot. */
    public static DayCurve of(List<CurveDay> days) {
        return new DayCurve(days);
    }

    /** The curve's snapshots summed up per calendar day as written. */
    public static DayCurve of(EquityCurve curve) {
        return new DayCurve(days(curve.points()));
    }

    /** The summaries of snapshots in curve order, one per run of the same date as written. */
    public static List<CurveDay> days(List<HourlySnapshot> ordered) {
        List<CurveDay> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ordered.size(); i++) {
            if (i == ordered.size() || !ordered.get(i).timestamp().date().equals(ordered.get(start).timestamp().date())) {
                out.add(day(ordered.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

    /** The summary of one day's snapshots (same model and date as written, in curve order, at least one). */
    public static CurveDay day(List<HourlySnapshot> points) {
        int n = points.size();
        double[] e = new double[n];
        Metrics.ReturnMoments moments = new Metrics.ReturnMoments();
        int minAt = 0;
        int maxAt = 0;
        for (int i = 0; i < n; i++) {
            e[i] = points.get(i).equity();
            moments.addEquity(e[i]);
            if (e[i] < e[minAt]) {
                minAt = i;
            }
            if (e[i] > e[maxAt]) {
                maxAt = i;
            }
        }
        HourlySnapshot first = points.get(0);
        return new CurveDay(first.modelId(), first.timestamp().date(), n, first, points.get(n - 1), e[minAt],
                points.get(minAt).timestamp(), e[maxAt], points.get(maxAt).timestamp(), moments.summary(), peaks(e));
    }

    private static CurveDay.Peaks peaks(double[] e) {
        List<Integer> at = new ArrayList<>();
        double running = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.length; i++) {
            if (e[i] >= running) {
                at.add(i);
                running = e[i];
            }
        }
        int r = at.size();
        double[] value = new double[r];
        int[] position = new int[r];
        double[] prefixMin = new double[r];
        double[] maxPct = new double[r];
        double[] maxDollars = new double[r];
        double[] pctAtDollars = new double[r];
        int[] under = new int[r];
        double lowest = Double.POSITIVE_INFINITY;
        int scanned = 0;
        for (int j = 0; j < r; j++) {
            int k = at.get(j);
            for (; scanned < k; scanned++) {
                lowest = Math.min(lowest, e[scanned]);
            }
            value[j] = e[k];
            position[j] = k;
            prefixMin[j] = lowest;
            Metrics.PeakTracker tracker = new Metrics.PeakTracker();
            for (int t = k; t < e.length; t++) {
                if (tracker.started() && e[t] < tracker.peak()) {
                    under[j]++;
                }
                tracker.add(e[t]);
            }
            maxPct[j] = tracker.maxDrawdownPct();
            maxDollars[j] = tracker.maxDrawdownDollars();
            pctAtDollars[j] = tracker.engineMaxDrawdownPct();
        }
        return new CurveDay.Peaks(value, position, prefixMin, maxPct, maxDollars, pctAtDollars, under);
    }

    public List<CurveDay> days() {
        return days;
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Snapshots over all days. */
    public int size() {
        return snapshots;
    }

    public HourlySnapshot first() {
        return days.get(0).first();
    }

    public HourlySnapshot last() {
        return days.get(days.size() - 1).last();
    }

    /**
     * The moments of the returns between consecutive snapshots: day by day, the return from the previous day's last
     * snapshot to the day's first, then the day's own.
     */
    public Metrics.ReturnMoments moments() {
        Metrics.ReturnMoments all = new Metrics.ReturnMoments();
        CurveDay previous = null;
        for (CurveDay d : days) {
            if (previous != null) {
                all.addReturn(Metrics.simpleReturn(previous.last().equity(), d.first().equity()));
            }
            all.merge(d.returns());
            previous = d;
        }
        return all;
    }

    /** Equity of the last snapshot of each calendar day (date as written), in time order. */
    public double[] dailyCloses() {
        return days.stream().mapToDouble(d -> d.last().equity()).toArray();
    }

    /** Real elapsed years between the first and the last snapshot; 0 for fewer than two snapshots. */
    public double elapsedYears() {
        return snapshots < 2 ? 0 : EquityCurve.yearsBetween(first().timestamp(), last().timestamp());
    }

    /** Returns per year at the real sampling rate; NaN when no time elapsed. */
    public double periodsPerYear() {
        double years = elapsedYears();
        return years > 0 ? (snapshots - 1) / years : Double.NaN;
    }

    /** As {@link Drawdowns#max(double[])} over the snapshots, day by day. */
    public Drawdowns.MaxDrawdown maxDrawdown() {
        if (days.isEmpty()) {
            return new Drawdowns.MaxDrawdown(0, 0, 0);
        }
        Metrics.PeakTracker peak = new Metrics.PeakTracker();
        days.forEach(peak::addDay);
        return new Drawdowns.MaxDrawdown(peak.maxDrawdownDollars(), peak.maxDrawdownPct(),
                peak.engineMaxDrawdownPct());
    }

    /**
     * As {@link Drawdowns#timeUnderWater(EquityCurve)}: snapshots below the running peak, and the longest period
     * from a peak to its recovery (or to the last snapshot) in calendar days. A period spans days only through a
     * day's first meeting of the running peak, so days suffice: a day reaching the peak closes the period open
     * since the last such day when anything lay under water in between.
     */
    public Drawdowns.TimeUnderWater timeUnderWater() {
        Metrics.PeakTracker tracker = new Metrics.PeakTracker();
        int under = 0;
        long longest = 0;
        boolean started = false;
        double peak = 0;
        LocalDate peakDate = null;
        boolean underWater = false;
        for (CurveDay d : days) {
            under += tracker.addDay(d);
            if (!started || d.max() >= peak) {
                if (started && (underWater || d.first().equity() < peak)) {
                    longest = Math.max(longest, ChronoUnit.DAYS.between(peakDate, d.date()));
                }
                started = true;
                peak = d.max();
                peakDate = d.date();
                underWater = d.last().equity() < d.max();
            } else {
                underWater = true;
            }
        }
        if (underWater) {
            longest = Math.max(longest, ChronoUnit.DAYS.between(peakDate, last().timestamp().date()));
        }
        double pct = snapshots == 0 ? 0 : under * 100.0 / snapshots;
        return new Drawdowns.TimeUnderWater(under, pct, longest);
    }
}
