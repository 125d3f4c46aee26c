package com.battlescope.analytics.verdict;

/**
 * The standard normal distribution: Φ, its upper tail and Φ⁻¹, to about 1e-14 relative. erfc comes from its
 * all-positive series below 2.5 and from its continued fraction above (Lentz); Φ⁻¹ is Acklam's rational
 * approximation polished by two Halley steps on that Φ.
 */
public final class Normal {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /** Φ(z). */
    public static double cdf(double z) {
        return z < 0 ? 0.5 * erfc(-z / SQRT2) : 1 - 0.5 * erfc(z / SQRT2);
    }

    /** 1 − Φ(z), precise in the far tail. */
    public static double upperTail(double z) {
        return z >= 0 ? 0.5 * erfc(z / SQRT2) : 1 - 0.5 * erfc(-z / SQRT2);
    }

    /** Two-sided p-value of a standard normal statistic: 2 (1 − Φ(|z|)). */
    public static double twoSidedP(double z) {
        return erfc(Math.abs(z) / SQRT2);
    }

    /** Φ⁻¹(p) for 0 < p < 1; ±∞ at 0 and 1, NaN outside. */
    public static double inverse(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return p <= 0.5 ? lowerInverse(p) : -lowerInverse(1 - p);
    }

    /** Φ⁻¹ for p ≤ 0.5, where Φ(x) = erfc(−x/√2)/2 is computed without cancellation. */
    private static double lowerInverse(double p) {
        double x = acklam(p);
        for (int i = 0; i < 2; i++) {
            double e = 0.5 * erfc(-x / SQRT2) - p;
            double u = e * SQRT_2PI * Math.exp(x * x / 2);
            x = x - u / (1 + x * u / 2);
        }
        return x;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    /** Acklam's approximation (relative error about 1e-9) for p ≤ 0.5. */
    private static double acklam(double p) {
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    /** The complementary error function. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2.5) {
            return 1 - erfSeries(x);
        }
        return erfcFraction(x);
    }

    /** erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): every term positive, no cancellation. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double x2 = 2 * x * x;
        for (int n = 0; n < 500; n++) {
            term *= x2 / (2 * n + 3);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x * x) * sum;
    }

    /** erfc(x) = e^(−x²)/√π / (x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method. */
    private static double erfcFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 5000; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }
}
