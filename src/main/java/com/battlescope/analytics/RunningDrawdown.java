package com.battlescope.analytics;

import com.battlescope.analytics.Drawdowns.DrawdownPeriod;
import com.battlescope.model.Stamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An equity curve's drawdown, point by point: the running peak (from the first point), the drawdown of each new
 * point and the periods it ends. Live mode keeps one per shown model to extend the underwater curve and the
 * worst drawdowns without reading the whole curve again.
 */
public final class RunningDrawdown {
    private boolean started;
    private double peak;
    private Stamp peakTime;
    private Stamp troughTime;
    private double depth;
    private Stamp lastTime;
    private final List<DrawdownPeriod> closed = new ArrayList<>();

    public RunningDrawdown() {
    }

    private RunningDrawdown(RunningDrawdown o) {
        started = o.started;
        peak = o.peak;
        peakTime = o.peakTime;
        troughTime = o.troughTime;
        depth = o.depth;
        lastTime = o.lastTime;
        closed.addAll(o.closed);
    }

    /** An independent copy: extending it leaves this one as it is. */
    public RunningDrawdown copy() {
        return new RunningDrawdown(this);
    }

    /**
     * Adds the next point (in time order) and returns its drawdown in percent: 0 at or above the peak, negative
     * below it. Equity back at or above the peak ends the period under water.
     */
    public double add(Stamp time, double equity) {
        lastTime = time;
        if (!started) {
            started = true;
            peak = equity;
            peakTime = time;
            return 0.0;
        }
        if (equity >= peak) {
            if (troughTime != null) {
                closed.add(period(time));
                troughTime = null;
                depth = 0;
            }
            peak = equity;
            peakTime = time;
            return 0.0;
        }
        double d = Metrics.drawdownPct(peak, equity);
        if (d > depth) {
            depth = d;
            troughTime = time;
        }
        return -d;
    }

    /** The periods that ended since the previous call, in time order; they are forgotten here. */
    public List<DrawdownPeriod> takeClosed() {
        List<DrawdownPeriod> out = List.copyOf(closed);
        closed.clear();
        return out;
    }

    /** The period still under water (its length runs to the last point), or null at a peak. */
    public DrawdownPeriod open() {
        return troughTime == null ? null : period(null);
    }

    /** The time of the last point added, or null before the first. */
    public Stamp lastTime() {
        return lastTime;
    }

    private DrawdownPeriod period(Stamp recovery) {
        Stamp end = recovery != null ? recovery : lastTime;
        long days = ChronoUnit.DAYS.between(peakTime.date(), end.date());
        return new DrawdownPeriod(peakTime, troughTime, recovery, depth, days);
    }
}
