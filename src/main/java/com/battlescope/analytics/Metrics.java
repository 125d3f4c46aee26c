package com.battlescope.analytics;

import com.battlescope.model.CurveDay;
import com.battlescope.model.Timeframe;

/**
 * The metrics kernel: the one definition of each elementary figure (return and its base, drawdown, exposure,
 * Sharpe and the number of periods it is annualised with). Every view, command, maintenance action, the live
 * monitor and the demo's books compute these figures through here; the streaming accumulators
 * ({@link PeakTracker}, {@link ReturnMoments}) give the same numbers as the array forms one point at a time.
 * The user guide's "Figures" section links each figure to its method here.
 */
public final class Metrics {

    /** The engine annualises every return series with sqrt(252), whatever its sampling (contract: Sharpe). */
    public static final double ENGINE_PERIODS_PER_YEAR = 252;

    private Metrics() {
    }

    /** Return in percent of {@code equity} over {@code base}: (equity − base) / base × 100. */
    public static double returnPct(double equity, double base) {
        return (equity - base) / base * 100;
    }

    /**
     * The equity a timeframe's return is measured from: all time, the initial capital when it is known; every
     * other timeframe (and all time without a known capital) the first equity of the window.
     */
    public static double returnBase(Timeframe timeframe, Double initialCapital, double windowFirstEquity) {
        return timeframe == Timeframe.ALL_TIME && initialCapital != null ? initialCapital : windowFirstEquity;
    }

    /** The simple return from one equity to the next: (equity − previous) / previous. */
    public static double simpleReturn(double previous, double equity) {
        return (equity - previous) / previous;
    }

    /** Depth below the running peak in percent, positive under water: (peak − equity) / peak × 100. */
    public static double drawdownPct(double peak, double equity) {
        return (peak - equity) / peak * 100;
    }

    /** Positions value as a percentage of equity; 0 when the equity is not positive (no meaningful share). */
    public static double exposurePct(double positionsValue, double equity) {
        return equity > 0 ? positionsValue / equity * 100 : 0.0;
    }

    /**
     * Sharpe ratio from the mean and the sample (n − 1) standard deviation of {@code count} returns, annualised with
     * √{@code periodsPerYear}; null with fewer than two returns, a zero or undefined deviation or an undefined
     * number of periods.
     */
    public static Double sharpe(double mean, double sampleStd, long count, double periodsPerYear) {
        if (count < 2 || sampleStd == 0 || Double.isNaN(sampleStd) || Double.isNaN(periodsPerYear)) {
            return null;
        }
        return mean / sampleStd * Math.sqrt(periodsPerYear);
    }

    /** The running peak of an equity curve and its deepest fall, one point at a time (the peak starts at the first point). */
    public static final class PeakTracker {
        private boolean started;
        private double peak;
        private double maxDrawdownPct;
        private double maxDrawdownDollars;
        private double engineMaxDrawdownPct;

        /** The size of the state {@link #write} puts. */
        static final int BYTES = 1 + 4 * 8;

        /** Puts the tracker's state (every double as its exact bits). */
        void write(java.nio.ByteBuffer b) {
            b.put((byte) (started ? 1 : 0)).putDouble(peak).putDouble(maxDrawdownPct).putDouble(maxDrawdownDollars)
                    .putDouble(engineMaxDrawdownPct);
        }

        /** The tracker {@link #write} put. */
        static PeakTracker read(java.nio.ByteBuffer b) {
            PeakTracker t = new PeakTracker();
            t.started = b.get() == 1;
            t.peak = b.getDouble();
            t.maxDrawdownPct = b.getDouble();
            t.maxDrawdownDollars = b.getDouble();
            t.engineMaxDrawdownPct = b.getDouble();
            return t;
        }

        /** Adds the next equity in time order and returns its drawdown in percent (0 at or above the peak). */
        public double add(double equity) {
            if (!started || equity > peak) {
                started = true;
                peak = equity;
            }
            double dollars = peak - equity;
            double pct = drawdownPct(peak, equity);
            if (dollars > maxDrawdownDollars) {
                maxDrawdownDollars = dollars;
                engineMaxDrawdownPct = pct;
            }
            maxDrawdownPct = Math.max(maxDrawdownPct, pct);
            return pct;
        }

        public boolean started() {
            return started;
        }

        /** The running peak; NaN before the first point. */
        public double peak() {
            return started ? peak : Double.NaN;
        }

        /** The true maximum of the drawdown percent so far. */
        public double maxDrawdownPct() {
            return maxDrawdownPct;
        }

        /** The largest fall from the running peak in dollars (the engine's figure). */
        public double maxDrawdownDollars() {
            return maxDrawdownDollars;
        }

        /** The engine's percent: the largest dollar fall over the peak at that point (parity display). */
        public double engineMaxDrawdownPct() {
            return engineMaxDrawdownPct;
        }

        /**
         * Adds a whole day of snapshots from its summary, leaving the tracker as adding them one by one would:
         * the snapshots before the first record at or above the running peak lie under it (their deepest point is
         * the lowest of them); from that record on the day's own running peak rules. Returns how many of the day's
         * snapshots lie strictly below the running peak.
         */
        public int addDay(CurveDay day) {
            CurveDay.Peaks p = day.peaks();
            int j = started ? firstAtOrAbove(p.value(), peak) : 0;
            int under = !started ? 0 : j < 0 ? day.count() : p.position()[j];
            if (under > 0) {
                double lowest = j < 0 ? day.min() : p.prefixMin()[j];
                consider(peak - lowest, drawdownPct(peak, lowest));
            }
            if (j >= 0) {
                if (p.suffixMaxDollars()[j] > maxDrawdownDollars) {
                    maxDrawdownDollars = p.suffixMaxDollars()[j];
                    engineMaxDrawdownPct = p.suffixPctAtDollars()[j];
                }
                maxDrawdownPct = Math.max(maxDrawdownPct, p.suffixMaxPct()[j]);
                under += p.suffixUnder()[j];
                if (!started || day.max() > peak) {
                    peak = day.max();
                }
                started = true;
            }
            return under;
        }

        private void consider(double dollars, double pct) {
            if (dollars > maxDrawdownDollars) {
                maxDrawdownDollars = dollars;
                engineMaxDrawdownPct = pct;
            }
            maxDrawdownPct = Math.max(maxDrawdownPct, pct);
        }

        /** The first index whose value is at or above {@code level}, or -1 (values ascend). */
        private static int firstAtOrAbove(double[] ascending, double level) {
            for (int i = 0; i < ascending.length; i++) {
                if (ascending[i] >= level) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Mean and sample deviation of the simple returns of an equity curve, one equity at a time (Welford). */
    public static final class ReturnMoments {
        private boolean hasPrevious;
        private double previous;
        private long count;
        private double mean;
        private double m2;
        private double downsideSquares;

        /** Adds the next equity in time order; the return from the previous equity joins the moments. */
        public void addEquity(double equity) {
            if (hasPrevious) {
                addReturn(simpleReturn(previous, equity));
            }
            hasPrevious = true;
            previous = equity;
        }

        public void addReturn(double r) {
            count++;
            double delta = r - mean;
            mean += delta / count;
            m2 += delta * (r - mean);
            double down = Math.min(r, 0);
            downsideSquares += down * down;
        }

        /** Joins the moments of returns that follow these in time (Chan et al.'s pairwise update). */
        public void merge(CurveDay.Returns later) {
            if (later.count() == 0) {
                return;
            }
            if (count == 0) {
                count = later.count();
                mean = later.mean();
                m2 = later.m2();
                downsideSquares = later.downsideSquares();
                return;
            }
            long n = count + later.count();
            double delta = later.mean() - mean;
            mean += delta * later.count() / n;
            m2 += later.m2() + delta * delta * count * later.count() / n;
            downsideSquares += later.downsideSquares();
            count = n;
        }

        /** The moments so far, as a day's summary keeps them. */
        public CurveDay.Returns summary() {
            return new CurveDay.Returns(count, mean, m2, downsideSquares);
        }

        public long count() {
            return count;
        }

        /** The mean return; 0 before the first. */
        public double mean() {
            return mean;
        }

        /** The sum of squared negative returns (the Sortino ratio's downside). */
        public double downsideSquares() {
            return downsideSquares;
        }

        /** The sample (n − 1) standard deviation; NaN with fewer than two returns. */
        public double sampleStd() {
            return count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1));
        }

        /** {@link Metrics#sharpe} of the returns so far. */
        public Double sharpe(double periodsPerYear) {
            return Metrics.sharpe(mean, sampleStd(), count, periodsPerYear);
        }
    }
}
