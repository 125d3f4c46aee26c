package com.battlescope.analytics.verdict;

/**
 * One model's per-period Sharpe ratio and the figures built on it (verdict.md, "Per model"). Moments are
 * population central moments m_k = (1/n) Σ (r − mean)^k; kurtosis is not excess (3 for a normal law).
 *
 * @param sharpe   mean / standard deviation (ddof = 1); null with fewer than 3 returns or zero deviation
 * @param skewness m3 / m2^1.5 (null with the Sharpe)
 * @param kurtosis m4 / m2² (null with the Sharpe)
 */
public record SharpeStats(int n, Double sharpe, Double skewness, Double kurtosis) {
    /** z₀.₉₅ = Φ⁻¹(0.95). */
    static final double Z95 = Normal.inverse(0.95);
    /** The Euler–Mascheroni constant γ. */
    static final double EULER_GAMMA = 0.5772156649;

    public static SharpeStats of(double[] r) {
        int n = r.length;
        if (n < 3) {
            return new SharpeStats(n, null, null, null);
        }
        double mean = Sums.sum(r) / n;
        double[] d2 = new double[n];
        double[] d3 = new double[n];
        double[] d4 = new double[n];
        for (int i = 0; i < n; i++) {
            double d = r[i] - mean;
            d2[i] = d * d;
            d3[i] = d2[i] * d;
            d4[i] = d2[i] * d2[i];
        }
        double ss = Sums.sum(d2);
        if (ss == 0) {
            return new SharpeStats(n, null, null, null);
        }
        double m2 = ss / n;
        double m3 = Sums.sum(d3) / n;
        double m4 = Sums.sum(d4) / n;
        return new SharpeStats(n, mean / Math.sqrt(ss / (n - 1)), m3 / Math.pow(m2, 1.5), m4 / (m2 * m2));
    }

    /** 1 − skew·SR + (kurt − 1)/4 · SR², the variance factor of the Sharpe estimate. */
    private double varianceFactor() {
        return 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    }

    /**
     * Probabilistic Sharpe Ratio against a benchmark SR* (Bailey &amp; López de Prado 2012):
     * Φ((SR − SR*) √(n − 1) / √(1 − skew·SR + (kurt − 1)/4 · SR²)); null without a Sharpe or when the root is of
     * a number ≤ 0.
     */
    public Double psr(double benchmark) {
        if (sharpe == null) {
            return null;
        }
        double v = varianceFactor();
        if (!(v > 0)) {
            return null;
        }
        return Normal.cdf((sharpe - benchmark) * Math.sqrt(n - 1) / Math.sqrt(v));
    }

    /** Minimum Track Record Length at 95 % in returns: 1 + factor · (z₀.₉₅ / SR)²; null when SR ≤ 0 or null. */
    public Double minTrackRecord() {
        if (sharpe == null || !(sharpe > 0)) {
            return null;
        }
        return 1 + varianceFactor() * (Z95 / sharpe) * (Z95 / sharpe);
    }

    /** The minimum track record in calendar days at this model's pace: returns × elapsed days / n. */
    public Double minTrackRecordDays(double elapsedDays) {
        Double returns = minTrackRecord();
        return returns == null || n == 0 ? null : returns * elapsedDays / n;
    }

    /**
     * The Deflated Sharpe Ratio's benchmark (Bailey &amp; López de Prado 2014): √V · ((1 − γ) Φ⁻¹(1 − 1/N) +
     * γ Φ⁻¹(1 − 1/(N·e))) over the N Sharpe ratios of the trials; null when N &lt; 2.
     */
    public static Double deflatedBenchmark(double[] sharpes) {
        int count = sharpes.length;
        if (count < 2) {
            return null;
        }
        double mean = Sums.sum(sharpes) / count;
        double[] dev = new double[count];
        for (int i = 0; i < count; i++) {
            dev[i] = (sharpes[i] - mean) * (sharpes[i] - mean);
        }
        double variance = Sums.sum(dev) / (count - 1);
        return Math.sqrt(variance) * ((1 - EULER_GAMMA) * Normal.inverse(1 - 1.0 / count)
                + EULER_GAMMA * Normal.inverse(1 - 1.0 / (count * Math.E)));
    }
}
