package com.battlescope.analytics;

/**
 * Rolling Sharpe and volatility over a window of N returns in O(n) with running sums. Element i of a result
 * covers returns i-N+1..i; it is NaN while fewer than N returns are available or when undefined.
 */
public final class RollingStats {

    private RollingStats() {
    }

    /** mean / sample std x sqrt(periodsPerYear) over each window. */
    public static double[] sharpe(double[] returns, int window, double periodsPerYear) {
        return rolling(returns, window, periodsPerYear, true);
    }

    /** Sample std x sqrt(periodsPerYear) x 100 (percent) over each window. */
    public static double[] volatilityPct(double[] returns, int window, double periodsPerYear) {
        return rolling(returns, window, periodsPerYear, false);
    }

    private static double[] rolling(double[] r, int window, double periodsPerYear, boolean sharpe) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2 returns");
        }
        double[] out = new double[r.length];
        // sums of values shifted by the first return keep the variance formula numerically stable
        double shift = r.length == 0 ? 0 : r[0];
        double sum = 0;
        double sumSq = 0;
        double annual = Math.sqrt(periodsPerYear);
        for (int i = 0; i < r.length; i++) {
            double x = r[i] - shift;
            sum += x;
            sumSq += x * x;
            if (i >= window) {
                double old = r[i - window] - shift;
                sum -= old;
                sumSq -= old * old;
            }
            if (i < window - 1) {
                out[i] = Double.NaN;
                continue;
            }
            double var = (sumSq - sum * sum / window) / (window - 1);
            // cancellation leaves a tiny positive residue for a flat window: treat it as zero deviation
            double std = var > 1e-14 * (sumSq / window) ? Math.sqrt(var) : 0;
            if (sharpe) {
                out[i] = std == 0 ? Double.NaN : (sum / window + shift) / std * annual;
            } else {
                out[i] = std * annual * 100;
            }
        }
        return out;
    }
}
