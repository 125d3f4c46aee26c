package com.battlescope.analytics;

import com.battlescope.model.Stamp;

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

    /** 0/0/0 for empty, one-point and never-falling curves (combined day by day: {@link DayCurve#maxDrawdown}). */
    public static MaxDrawdown max(EquityCurve curve) {
        return DayCurve.of(curve).maxDrawdown();
    }

    /** As {@link #max(EquityCurve)} over equities in time order. */
    public static MaxDrawdown max(double[] e) {
        if (e.length == 0) {
            return new MaxDrawdown(0, 0, 0);
        }
        Metrics.PeakTracker peak = new Metrics.PeakTracker();
        for (double v : e) {
            peak.add(v);
        }
        return new MaxDrawdown(peak.maxDrawdownDollars(), peak.maxDrawdownPct(), peak.engineMaxDrawdownPct());
    }

    public static List<UnderwaterPoint> underwater(EquityCurve curve) {
        List<UnderwaterPoint> out = new ArrayList<>(curve.size());
        RunningDrawdown running = new RunningDrawdown();
        for (var s : curve.points()) {
            out.add(new UnderwaterPoint(s.timestamp(), running.add(s.timestamp(), s.equity())));
        }
        return out;
    }

    /** Every drawdown period, in time order; a period ends when equity is back at or above its peak. */
    public static List<DrawdownPeriod> periods(EquityCurve curve) {
        RunningDrawdown running = new RunningDrawdown();
        curve.points().forEach(s -> running.add(s.timestamp(), s.equity()));
        List<DrawdownPeriod> out = new ArrayList<>(running.takeClosed());
        if (running.open() != null) {
            out.add(running.open());
        }
        return out;
    }

    /** The {@code n} deepest periods, deepest first (ties: earlier peak first). */
    public static List<DrawdownPeriod> worst(EquityCurve curve, int n) {
        return worst(periods(curve), n);
    }

    /** The {@code n} deepest of {@code periods}, deepest first (ties: earlier peak first). */
    public static List<DrawdownPeriod> worst(List<DrawdownPeriod> periods, int n) {
        return periods.stream()
                .sorted(Comparator.comparingDouble(DrawdownPeriod::depthPct).reversed()
                        .thenComparing(DrawdownPeriod::peak))
                .limit(n)
                .toList();
    }

    /** Snapshots under water and the longest period (combined day by day: {@link DayCurve#timeUnderWater}). */
    public static TimeUnderWater timeUnderWater(EquityCurve curve) {
        return DayCurve.of(curve).timeUnderWater();
    }
}
