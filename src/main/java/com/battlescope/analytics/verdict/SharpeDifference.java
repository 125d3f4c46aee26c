package com.battlescope.analytics.verdict;

/**
 * Ledoit &amp; Wolf (2008) test of equal Sharpe ratios of two paired return series x and y (verdict.md, "Per
 * pair"): SR = mean / √(mean(r²) − mean²); the delta method on (μx, μy, γx, γy) with γ the mean of the squares
 * and a Newey–West (Bartlett kernel) HAC covariance Ψ with L = ⌊4 (T/100)^(2/9)⌋ lags. ∇ᵀΨ∇ is computed as the
 * Bartlett long-run variance of u_t = ∇ · v_t, which is the same quadratic form.
 *
 * @param n          T, the number of paired returns
 * @param sharpeDiff SR_x − SR_y; null with fewer than 2 returns or a zero variance
 * @param z          sharpeDiff / se; null with fewer than 3 returns, a zero variance or a zero standard error
 * @param pValue     2 (1 − Φ(|z|))
 * @param correlation Pearson correlation of x and y
 */
public record SharpeDifference(int n, Double sharpeDiff, Double z, Double pValue, Double correlation) {

    public static SharpeDifference of(double[] x, double[] y) {
        int t = x.length;
        if (y.length != t) {
            throw new IllegalArgumentException("paired series of different lengths");
        }
        if (t < 2) {
            return new SharpeDifference(t, null, null, null, null);
        }
        double mx = Sums.mean(x);
        double my = Sums.mean(y);
        double gx = Sums.mean(squares(x));
        double gy = Sums.mean(squares(y));
        double vx = gx - mx * mx;
        double vy = gy - my * my;
        if (!(vx > 0) || !(vy > 0)) {
            return new SharpeDifference(t, null, null, null, null);
        }
        double diff = mx / Math.sqrt(vx) - my / Math.sqrt(vy);
        double correlation = correlation(x, y, mx, my);
        if (t < 3) {
            return new SharpeDifference(t, diff, null, null, correlation);
        }
        double[] grad = {gx / Math.pow(vx, 1.5), -gy / Math.pow(vy, 1.5),
            -mx / (2 * Math.pow(vx, 1.5)), my / (2 * Math.pow(vy, 1.5))};
        double[] u = new double[t];
        for (int i = 0; i < t; i++) {
            u[i] = grad[0] * (x[i] - mx) + grad[1] * (y[i] - my) + grad[2] * (x[i] * x[i] - gx)
                    + grad[3] * (y[i] * y[i] - gy);
        }
        double se = Math.sqrt(bartlettLongRunVariance(u, lags(t)) / t);
        if (!(se > 0) || !Double.isFinite(se)) {
            return new SharpeDifference(t, diff, null, null, correlation);
        }
        double z = diff / se;
        return new SharpeDifference(t, diff, z, Normal.twoSidedP(z), correlation);
    }

    /** L = ⌊4 (T/100)^(2/9)⌋, Newey–West's rule. */
    public static int lags(int t) {
        return (int) Math.floor(4 * Math.pow(t / 100.0, 2.0 / 9.0));
    }

    /** Γ₀ + 2 Σ_{l=1..L} (1 − l/(L+1)) Γ_l with Γ_l = (1/T) Σ_{t>l} u_t u_(t−l) (u has mean zero). */
    static double bartlettLongRunVariance(double[] u, int lags) {
        int t = u.length;
        double total = autocovariance(u, 0);
        for (int l = 1; l <= lags && l < t; l++) {
            total += 2 * (1 - l / (lags + 1.0)) * autocovariance(u, l);
        }
        return total;
    }

    private static double autocovariance(double[] u, int lag) {
        double[] products = new double[u.length - lag];
        for (int i = lag; i < u.length; i++) {
            products[i - lag] = u[i] * u[i - lag];
        }
        return Sums.sum(products) / u.length;
    }

    private static Double correlation(double[] x, double[] y, double mx, double my) {
        double[] sxy = new double[x.length];
        double[] sxx = new double[x.length];
        double[] syy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy[i] = dx * dy;
            sxx[i] = dx * dx;
            syy[i] = dy * dy;
        }
        double denominator = Math.sqrt(Sums.sum(sxx) * Sums.sum(syy));
        return denominator > 0 ? Sums.sum(sxy) / denominator : null;
    }

    private static double[] squares(double[] r) {
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] * r[i];
        }
        return out;
    }
}
