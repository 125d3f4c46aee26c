package com.battlescope.analytics;

import com.battlescope.model.Stamp;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Drawdown figures of an equity curve; the running peak starts at the first snapshot. */
public final class Drawdowns {

    public static final int DEFAULT_WORST = 10;

    /**
     * @param maxDollars       largest fall from the running peak (engine's figure)
     * @param maxPct           true maximum of (peak - equity) / peak x 100
     * @param engineMaxPct     the engine's percent: maxDollars / the peak at that point x 100 (parity display)
     */
    public record MaxDrawdown(double maxDollars, double maxPct, double engineMaxPct) {
    }

    /** One point of the underwater curve: drawdown in percent, 0 at a peak, negative below it. */
    public record UnderwaterPoint(Stamp time, double drawdownPct) {
    }

    /**
     * A drawdown from a peak to its recovery. {@code recovery} is null when not recovered; then
     * {@code lengthDays} runs to the last snapshot. Days are calendar days between the dates as written.
     */
    public record DrawdownPeriod(Stamp peak, Stamp trough, Stamp recovery, double depthPct, long lengthDays) {
        public boolean recovered() {
            return recovery != null;
        }
    }

    /**
     * @param snapshotsUnderWater snapshots strictly below the running peak
     * @param pctOfSnapshots      those as a percentage of all snapshots (0 for an empty curve)
     * @param longestDays         the longest drawdown period in calendar days (0 if none)
     */
    public record TimeUnderWater(int snapshotsUnderWater, double pctOfSnapshots, long longestDays) {
    }

    private Drawdowns() {
    }

    /** 0/0/0 for empty, one-point and never-falling curves. */
    public static MaxDrawdown max(EquityCurve curve) {
        return max(curve.equities());
    }

    /** As {@link #max(EquityCurve)} over equities in time order. */
    public static MaxDrawdown max(double[] e) {
        if (e.length == 0) {
            return new MaxDrawdown(0, 0, 0);
        }
        double peak = e[0];
        double maxDollars = 0;
        double maxPct = 0;
        double enginePct = 0;
        for (double v : e) {
            peak = Math.max(peak, v);
            double dollars = peak - v;
            if (dollars > maxDollars) {
                maxDollars = dollars;
                enginePct = dollars / peak * 100;
            }
            maxPct = Math.max(maxPct, dollars / peak * 100);
        }
        return new MaxDrawdown(maxDollars, maxPct, enginePct);
    }

    public static List<UnderwaterPoint> underwater(EquityCurve curve) {
        List<UnderwaterPoint> out = new ArrayList<>(curve.size());
        double peak = curve.isEmpty() ? 0 : curve.first().equity();
        for (var s : curve.points()) {
            peak = Math.max(peak, s.equity());
            double dd = (s.equity() - peak) / peak * 100;
            out.add(new UnderwaterPoint(s.timestamp(), dd == 0 ? 0.0 : dd));
        }
        return out;
    }

    /** Every drawdown period, in time order; a period ends when equity is back at or above its peak. */
    public static List<DrawdownPeriod> periods(EquityCurve curve) {
        List<DrawdownPeriod> out = new ArrayList<>();
        if (curve.isEmpty()) {
            return out;
        }
        double peak = curve.first().equity();
        int peakIdx = 0;
        int troughIdx = -1;
        double depth = 0;
        for (int i = 1; i < curve.size(); i++) {
            double v = curve.points().get(i).equity();
            if (v >= peak) {
                if (troughIdx >= 0) {
                    out.add(period(curve, peakIdx, troughIdx, curve.time(i), depth));
                    troughIdx = -1;
                    depth = 0;
                }
                peak = v;
                peakIdx = i;
            } else {
                double d = (peak - v) / peak * 100;
                if (d > depth) {
                    depth = d;
                    troughIdx = i;
                }
            }
        }
        if (troughIdx >= 0) {
            out.add(period(curve, peakIdx, troughIdx, null, depth));
        }
        return out;
    }

    /** The {@code n} deepest periods, deepest first (ties: earlier peak first). */
    public static List<DrawdownPeriod> worst(EquityCurve curve, int n) {
        return periods(curve).stream()
                .sorted(Comparator.comparingDouble(DrawdownPeriod::depthPct).reversed()
                        .thenComparing(DrawdownPeriod::peak))
                .limit(n)
                .toList();
    }

    public static TimeUnderWater timeUnderWater(EquityCurve curve) {
        int under = (int) underwater(curve).stream().filter(p -> p.drawdownPct() < 0).count();
        long longest = periods(curve).stream().mapToLong(DrawdownPeriod::lengthDays).max().orElse(0);
        double pct = curve.isEmpty() ? 0 : under * 100.0 / curve.size();
        return new TimeUnderWater(under, pct, longest);
    }

    private static DrawdownPeriod period(EquityCurve curve, int peakIdx, int troughIdx, Stamp recovery,
                                         double depth) {
        Stamp peak = curve.time(peakIdx);
        Stamp end = recovery != null ? recovery : curve.last().timestamp();
        long days = ChronoUnit.DAYS.between(peak.date(), end.date());
        return new DrawdownPeriod(peak, curve.time(troughIdx), recovery, depth, days);
    }
}
