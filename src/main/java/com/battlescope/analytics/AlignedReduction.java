package com.battlescope.analytics;

import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduces an equity curve to what a chart can show with buckets aligned to fixed time boundaries (multiples of a
 * width from a fixed ladder of hours and days, counted from 1970 on the time as written): each bucket keeps its
 * lowest and its highest point (first occurrences, in time order), and the curve's first and last point are kept.
 * Buckets of whole days are made from the days' summaries alone ({@link #of(DayCurve, int)}) and equal those made
 * from the snapshots ({@link #of(List, int)}), so a chart reads BattleScope's index and still shows what the
 * snapshots show. A curve of at most {@code maxPoints} snapshots is kept whole.
 */
public final class AlignedReduction {
    static final long HOUR = 3600;
    static final long DAY = 24 * HOUR;
    /** Bucket widths in seconds, smallest first. */
    static final long[] WIDTHS = {HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 6 * HOUR, 8 * HOUR, 12 * HOUR, DAY, 2 * DAY,
        3 * DAY, 4 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 56 * DAY, 112 * DAY, 224 * DAY, 448 * DAY, 896 * DAY,
        1792 * DAY, 3584 * DAY, 7168 * DAY};

    /** A span of at least this many days is cut into buckets of whole days. */
    static final int DAY_BUCKETS_FROM_DAYS = 90;

    /** A kept point: its time and value. */
    public record Point(Stamp time, double y) {
    }

    private AlignedReduction() {
    }

    /** The points of a curve (in curve order) reduced to at most about {@code maxPoints}. */
    public static List<Point> of(List<HourlySnapshot> points, int maxPoints) {
        List<Point> all = points.stream().map(s -> new Point(s.timestamp(), s.equity())).toList();
        if (all.size() <= maxPoints) {
            return all;
        }
        long width = width(all.get(0).time(), all.get(all.size() - 1).time(), maxPoints);
        List<Point> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            long bucket = bucket(all.get(i).time(), width);
            Point min = all.get(i);
            Point max = min;
            int j = i + 1;
            for (; j < all.size() && bucket(all.get(j).time(), width) == bucket; j++) {
                Point p = all.get(j);
                min = p.y() < min.y() ? p : min;
                max = p.y() > max.y() ? p : max;
            }
            emit(out, min, max);
            i = j;
        }
        return withEnds(out, all.get(0), all.get(all.size() - 1));
    }

    /** A bucket of whole days: its index (epoch day / width in days) and its lowest and highest point. */
    public record Bucket(long index, Point min, Point max) {
    }

    /**
     * Whether a curve of {@code snapshots} between these times is reduced to buckets of whole days (then they can come
     * from the days' summaries or the index's pyramid alone): it is longer than the limit and the width is days.
     */
    public static boolean fromDays(int snapshots, Stamp first, Stamp last, int maxPoints) {
        return snapshots > maxPoints && width(first, last, maxPoints) % DAY == 0;
    }

    public static boolean fromDays(DayCurve curve, int maxPoints) {
        return fromDays(curve.size(), curve.first().timestamp(), curve.last().timestamp(), maxPoints);
    }

    /** The width in days of a reduction that {@link #fromDays} allows. */
    public static int widthDays(Stamp first, Stamp last, int maxPoints) {
        return (int) (width(first, last, maxPoints) / DAY);
    }

    /** Every width in days a reduction may use (the levels of the index's pyramid). */
    public static List<Integer> dayWidths() {
        List<Integer> out = new ArrayList<>();
        for (long w : WIDTHS) {
            if (w % DAY == 0) {
                out.add((int) (w / DAY));
            }
        }
        return out;
    }

    /** As {@link #of(List, int)} from the days' lowest and highest points; only when {@link #fromDays} says so. */
    public static List<Point> of(DayCurve curve, int maxPoints) {
        if (!fromDays(curve, maxPoints)) {
            throw new IllegalArgumentException("the curve's buckets are not whole days");
        }
        return of(buckets(curve.days().stream().map(DayExtremes::of).toList(), widthDays(curve.first().timestamp(), curve.last().timestamp(), maxPoints)),
                new Point(curve.first().timestamp(), curve.first().equity()),
                new Point(curve.last().timestamp(), curve.last().equity()));
    }

    /** A day's lowest and highest point (first occurrences). */
    public record DayExtremes(LocalDate date, Point min, Point max) {
        public static DayExtremes of(CurveDay d) {
            return new DayExtremes(d.date(), new Point(d.minTime(), d.min()), new Point(d.maxTime(), d.max()));
        }
    }

    /** The buckets of {@code widthDays} days that days (in time order) fall in, with their lowest and highest point. */
    public static List<Bucket> buckets(List<DayExtremes> days, int widthDays) {
        List<Bucket> out = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            long bucket = Math.floorDiv(days.get(i).date().toEpochDay(), widthDays);
            Point min = days.get(i).min();
            Point max = days.get(i).max();
            int j = i + 1;
            for (; j < days.size() && Math.floorDiv(days.get(j).date().toEpochDay(), widthDays) == bucket; j++) {
                DayExtremes d = days.get(j);
                min = d.min().y() < min.y() ? d.min() : min;
                max = d.max().y() > max.y() ? d.max() : max;
            }
            out.add(new Bucket(bucket, min, max));
            i = j;
        }
        return out;
    }

    /** The kept points of whole-day buckets (in time order) and the curve's first and last point. */
    public static List<Point> of(List<Bucket> buckets, Point first, Point last) {
        List<Point> out = new ArrayList<>();
        buckets.forEach(b -> emit(out, b.min(), b.max()));
        return withEnds(out, first, last);
    }

    /**
     * The smallest width of the ladder that cuts the span into at most (maxPoints - 2) / 2 buckets; whole days at least
     * once the span reaches {@link #DAY_BUCKETS_FROM_DAYS} days (a day per pixel column is plenty there, and such
     * buckets come from the days' summaries alone).
     */
    static long width(Stamp first, Stamp last, int maxPoints) {
        int buckets = Math.max(1, (maxPoints - 2) / 2);
        boolean longSpan = bucket(last, DAY) - bucket(first, DAY) >= DAY_BUCKETS_FROM_DAYS;
        for (long w : WIDTHS) {
            if ((w >= DAY || !longSpan) && bucket(last, w) - bucket(first, w) + 1 <= buckets) {
                return w;
            }
        }
        return WIDTHS[WIDTHS.length - 1];
    }

    private static long bucket(Stamp t, long width) {
        return bucket(t.local().toEpochSecond(ZoneOffset.UTC), width);
    }

    private static long bucket(long epochSecond, long width) {
        return Math.floorDiv(epochSecond, width);
    }

    /** A bucket's lowest and highest point in time order (the lowest first at the same time); one when equal. */
    private static void emit(List<Point> out, Point min, Point max) {
        if (min.y() == max.y()) {
            out.add(min);
        } else if (max.time().compareTo(min.time()) < 0) {
            out.add(max);
            out.add(min);
        } else {
            out.add(min);
            out.add(max);
        }
    }

    private static List<Point> withEnds(List<Point> kept, Point first, Point last) {
        List<Point> out = new ArrayList<>(kept.size() + 2);
        if (kept.isEmpty() || !kept.get(0).equals(first)) {
            out.add(first);
        }
        out.addAll(kept);
        if (!out.get(out.size() - 1).equals(last)) {
            out.add(last);
        }
        return out;
    }
}
