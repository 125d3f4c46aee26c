package com.battlescope.analytics.quality;

/**
 * One symbol's price path — (time, price) of its decisions with a price, time-ordered — and what the price did
 * after a time on it: the forward return at a horizon and which of a plan's levels it reached first.
 */
public final class PricePath {
    public static final byte NO_PLAN = 0;
    public static final byte TARGET_FIRST = 1;
    public static final byte STOP_FIRST = 2;
    public static final byte NEITHER = 3;
    /** How far a plan is followed: five days. */
    public static final long PLAN_WALK_MICROS = 120 * 3_600_000_000L;

    private final long[] time;
    private final double[] price;

    /** @param time observation times (UTC microseconds), ascending; {@code price} their prices (all > 0) */
    public PricePath(long[] time, double[] price) {
        if (time.length != price.length) {
            throw new IllegalArgumentException("times and prices differ in length");
        }
        this.time = time;
        this.price = price;
    }

    public int size() {
        return time.length;
    }

    /**
     * Forward returns of decisions in time order by one merge: for each, the first observation at or after
     * its time + horizon over its own price, minus 1; NaN without such an observation or without a price.
     *
     * @param times  the decisions' times, ascending
     * @param prices their current prices (NaN or ≤ 0 = none)
     */
    public double[] forwardReturns(long[] times, double[] prices, long horizonMicros) {
        double[] out = new double[times.length];
        int p = 0;
        for (int k = 0; k < times.length; k++) {
            long due = times[k] + horizonMicros;
            while (p < time.length && time[p] < due) {
                p++;
            }
            out[k] = p < time.length && prices[k] > 0 ? price[p] / prices[k] - 1 : Double.NaN;
        }
        return out;
    }

    /** Index of the first observation strictly after {@code t}, searching from {@code from} (for merges). */
    public int firstAfter(long t, int from) {
        int p = Math.max(0, from);
        while (p < time.length && time[p] <= t) {
            p++;
        }
        return p;
    }

    /**
     * Which level the price reached first, walking the observations from index {@code start} while they are
     * within {@link #PLAN_WALK_MICROS} of {@code t}: a buy's target is reached at a price ≥ target and its stop
     * at ≤ stop, a sell's the other way round.
     */
    public byte planOutcome(int start, long t, int side, double target, double stop) {
        long until = t + PLAN_WALK_MICROS;
        for (int k = start; k < time.length && time[k] <= until; k++) {
            double p = price[k];
            if (side > 0 ? p >= target : p <= target) {
                return TARGET_FIRST;
            }
            if (side > 0 ? p <= stop : p >= stop) {
                return STOP_FIRST;
            }
        }
        return NEITHER;
    }

    /** A consistent plan: buy stop < entry < target, sell target < entry < stop (no level missing). */
    public static boolean consistentPlan(int side, double entry, double stop, double target) {
        if (Double.isNaN(entry) || Double.isNaN(stop) || Double.isNaN(target)) {
            return false;
        }
        return side > 0 ? stop < entry && entry < target : side < 0 && target < entry && entry < stop;
    }

    /** |target − entry| / |entry − stop|. */
    public static double plannedR(double entry, double stop, double target) {
        return Math.abs(target - entry) / Math.abs(entry - stop);
    }
}
