package com.battlescope.analytics;

import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One model's equity curve as {@link CurveDay} summaries in time order: every whole-curve figure (return moments,
 * daily closes, drawdowns, time under water) is combined here day by day, whether the days come from BattleScope's
 * index or were just summed up from the snapshots ({@link #of(EquityCurve)}), so that both give the same bits.
 */
public final class DayCurve {
    /** The days in time order, or null for a curve resumed from a stored {@link Fold} ({@link #resume}). */
    private final List<CurveDay> days;
    private final Fold fold;
    private final HourlySnapshot first;
    private final HourlySnapshot last;

    private DayCurve(List<CurveDay> days, Fold fold, HourlySnapshot first, HourlySnapshot last) {
        this.days = days;
        this.fold = fold;
        this.first = first;
        this.last = last;
    }

    /** Days of one model in time order, each with at least one snapshot. */
    public static DayCurve of(List<CurveDay> days) {
        Fold fold = new Fold();
        days.forEach(fold::add);
        return days.isEmpty() ? new DayCurve(List.of(), fold, null, null)
                : new DayCurve(List.copyOf(days), fold, days.get(0).first(), days.get(days.size() - 1).last());
    }

    /**
     * The curve of the days folded into {@code prefix} followed by {@code lastDay}: every figure as {@link #of(List)}
     * gives it for all the days (the same operations in the same order), without the days themselves
     * ({@link #days()} is then unavailable). {@code first} is the curve's first snapshot.
     */
    public static DayCurve resume(Fold prefix, HourlySnapshot first, CurveDay lastDay) {
        prefix.add(lastDay);
        return new DayCurve(null, prefix, first, lastDay.last());
    }

    /** The curve's snapshots summed up per calendar day as written. */
    public static DayCurve of(EquityCurve curve) {
        return of(days(curve.points()));
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

    /** The days in time order; not for a curve resumed from a fold. */
    public List<CurveDay> days() {
        if (days == null) {
            throw new IllegalStateException("a curve resumed from a fold keeps no days");
        }
        return days;
    }

    /** Number of calendar days. */
    public int dayCount() {
        return fold.n;
    }

    /** The date (as written) of day {@code i}. */
    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(fold.dates[i]);
    }

    /** Snapshots of day {@code i}. */
    public int count(int i) {
        return fold.counts[i];
    }

    public boolean isEmpty() {
        return fold.n == 0;
    }

    /** Snapshots over all days. */
    public int size() {
        return (int) fold.snapshots;
    }

    public HourlySnapshot first() {
        return first;
    }

    public HourlySnapshot last() {
        return last;
    }

    /**
     * The moments of the returns between consecutive snapshots: day by day, the return from the previous day's last
     * snapshot to the day's first, then the day's own.
     */
    public Metrics.ReturnMoments moments() {
        Metrics.ReturnMoments copy = new Metrics.ReturnMoments();
        copy.merge(fold.moments.summary());
        return copy;
    }

    /** Equity of the last snapshot of each calendar day (date as written), in time order. */
    public double[] dailyCloses() {
        return Arrays.copyOf(fold.closes, fold.n);
    }

    /** Real elapsed years between the first and the last snapshot; 0 for fewer than two snapshots. */
    public double elapsedYears() {
        return size() < 2 ? 0 : EquityCurve.yearsBetween(first().timestamp(), last().timestamp());
    }

    /** Returns per year at the real sampling rate; NaN when no time elapsed. */
    public double periodsPerYear() {
        double years = elapsedYears();
        return years > 0 ? (size() - 1) / years : Double.NaN;
    }

    /** As {@link Drawdowns#max(double[])} over the snapshots, day by day. */
    public Drawdowns.MaxDrawdown maxDrawdown() {
        if (isEmpty()) {
            return new Drawdowns.MaxDrawdown(0, 0, 0);
        }
        Metrics.PeakTracker peak = fold.tracker;
        return new Drawdowns.MaxDrawdown(peak.maxDrawdownDollars(), peak.maxDrawdownPct(),
                peak.engineMaxDrawdownPct());
    }

    /**
     * As {@link Drawdowns#timeUnderWater(EquityCurve)}: snapshots below the running peak, and the longest period
     * from a peak to its recovery (or to the last snapshot) in calendar days. A period spans days only through a
     * day's first meeting of the running peak, so days suffice: a day reaching the peak closes the period open
     * since the last such day when anything lay under water in between ({@link Fold#add}).
     */
    public Drawdowns.TimeUnderWater timeUnderWater() {
        long longest = fold.longest;
        if (fold.underWater) {
            longest = Math.max(longest, ChronoUnit.DAYS.between(LocalDate.ofEpochDay(fold.peakDate),
                    last().timestamp().date()));
        }
        double pct = fold.snapshots == 0 ? 0 : fold.under * 100.0 / fold.snapshots;
        return new Drawdowns.TimeUnderWater(fold.under, pct, longest);
    }

    /**
     * The whole-curve figures folded day by day in time order: the return moments, the running peak and its
     * drawdowns, the time under water and the daily closes. BattleScope's index stores the fold of every day but a
     * model's last ({@link #bytes()}) and resumes it with the last day ({@link DayCurve#resume}).
     */
    public static final class Fold {
        private long snapshots;
        private int n;
        private final Metrics.ReturnMoments moments = new Metrics.ReturnMoments();
        private final Metrics.PeakTracker tracker;
        private int under;
        private long longest;
        private boolean started;
        private double peak;
        private long peakDate;
        private boolean underWater;
        private double[] closes = new double[16];
        private long[] dates = new long[16];
        private int[] counts = new int[16];

        public Fold() {
            this.tracker = new Metrics.PeakTracker();
        }

        private Fold(Metrics.PeakTracker tracker) {
            this.tracker = tracker;
        }

        /** Folds in the next day (in time order). */
        public void add(CurveDay d) {
            if (n > 0) {
                moments.addReturn(Metrics.simpleReturn(closes[n - 1], d.first().equity()));
            }
            moments.merge(d.returns());
            under += tracker.addDay(d);
            if (!started || d.max() >= peak) {
                if (started && (underWater || d.first().equity() < peak)) {
                    longest = Math.max(longest, ChronoUnit.DAYS.between(LocalDate.ofEpochDay(peakDate), d.date()));
                }
                started = true;
                peak = d.max();
                peakDate = d.date().toEpochDay();
                underWater = d.last().equity() < d.max();
            } else {
                underWater = true;
            }
            append(d.last().equity(), d.date().toEpochDay(), d.count());
            snapshots += d.count();
        }

        private void append(double close, long date, int count) {
            if (n == closes.length) {
                closes = Arrays.copyOf(closes, 2 * n);
                dates = Arrays.copyOf(dates, 2 * n);
                counts = Arrays.copyOf(counts, 2 * n);
            }
            closes[n] = close;
            dates[n] = date;
            counts[n] = count;
            n++;
        }

        /** Days folded in. */
        public int days() {
            return n;
        }

        /** The fold's state as bytes (every double as its exact bits), read back by {@link #of(byte[])}. */
        public byte[] bytes() {
            ByteBuffer b = ByteBuffer.allocate(8 + 4 + 8 + 3 * 8 + Metrics.PeakTracker.BYTES + 4 + 8 + 1 + 8 + 8 + 1
                    + n * (8 + 8 + 4));
            CurveDay.Returns r = moments.summary();
            b.putLong(snapshots).putInt(n).putLong(r.count()).putDouble(r.mean()).putDouble(r.m2())
                    .putDouble(r.downsideSquares());
            tracker.write(b);
            b.putInt(under).putLong(longest).put((byte) (started ? 1 : 0)).putDouble(peak).putLong(peakDate)
                    .put((byte) (underWater ? 1 : 0));
            for (int i = 0; i < n; i++) {
                b.putDouble(closes[i]).putLong(dates[i]).putInt(counts[i]);
            }
            return b.array();
        }

        /** The inverse of {@link #bytes()}. */
        public static Fold of(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            long snapshots = b.getLong();
            int n = b.getInt();
            CurveDay.Returns r = new CurveDay.Returns(b.getLong(), b.getDouble(), b.getDouble(), b.getDouble());
            Fold f = new Fold(Metrics.PeakTracker.read(b));
            f.snapshots = snapshots;
            f.moments.merge(r);
            f.under = b.getInt();
            f.longest = b.getLong();
            f.started = b.get() == 1;
            f.peak = b.getDouble();
            f.peakDate = b.getLong();
            f.underWater = b.get() == 1;
            for (int i = 0; i < n; i++) {
                f.append(b.getDouble(), b.getLong(), b.getInt());
            }
            return f;
        }
    }
}
