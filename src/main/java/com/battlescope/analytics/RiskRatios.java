package com.battlescope.analytics;



/** Sharpe, Sortino, volatility, CAGR and Calmar of an equity curve. Null means "cannot be computed". */
public final class RiskRatios {

    private RiskRatios() {
    }

    /** The engine's Sharpe (parity): snapshot returns, mean / sample std x sqrt(252). */
    public static Double engineSharpe(EquityCurve curve) {
        return engineSharpe(DayCurve.of(curve));
    }

    /** As {@link #engineSharpe(EquityCurve)}, the moments combined day by day. */
    public static Double engineSharpe(DayCurve curve) {
        return curve.moments().sharpe(Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Sharpe of daily closes (last snapshot of each calendar day as written), x sqrt(252). */
    public static Double dailySharpe(EquityCurve curve) {
        return dailySharpe(DayCurve.of(curve));
    }

    public static Double dailySharpe(DayCurve curve) {
        return Stats.annualisedSharpe(Stats.simpleReturns(curve.dailyCloses()), Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Sharpe of snapshot returns annualised by the real sampling rate (returns per elapsed year). */
    public static Double sampledSharpe(EquityCurve curve) {
        return sampledSharpe(DayCurve.of(curve));
    }

    public static Double sampledSharpe(DayCurve curve) {
        return curve.moments().sharpe(curve.periodsPerYear());
    }

    /** Sortino: mean / sqrt(sum(min(r,0)^2) / n) x sqrt(252) over all snapshot returns (as QuantStats). */
    public static Double sortino(EquityCurve curve) {
        return sortino(DayCurve.of(curve));
    }

    public static Double sortino(DayCurve curve) {
        Metrics.ReturnMoments m = curve.moments();
        if (m.count() < 2) {
            return null;
        }
        double deviation = Math.sqrt(m.downsideSquares() / m.count());
        return deviation == 0 ? null : m.mean() / deviation * Math.sqrt(Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Annualised volatility in percent: sample std of snapshot returns x sqrt(real periods per year) x 100. */
    public static Double annualVolatilityPct(EquityCurve curve) {
        return annualVolatilityPct(DayCurve.of(curve));
    }

    public static Double annualVolatilityPct(DayCurve curve) {
        Metrics.ReturnMoments m = curve.moments();
        double ppy = curve.periodsPerYear();
        if (m.count() < 2 || Double.isNaN(ppy)) {
            return null;
        }
        return m.sampleStd() * Math.sqrt(ppy) * 100;
    }

    /** Compound annual growth in percent from the initial capital to the last equity over the elapsed time. */
    public static Double cagrPct(EquityCurve curve, double initialCapital) {
        return cagrPct(DayCurve.of(curve), initialCapital);
    }

    public static Double cagrPct(DayCurve curve, double initialCapital) {
        double years = curve.elapsedYears();
        if (years <= 0 || initialCapital <= 0) {
            return null;
        }
        return Stats.finiteOrNull((Math.pow(curve.last().equity() / initialCapital, 1 / years) - 1) * 100);
    }

    /** CAGR % / max drawdown %; null when either is missing or the drawdown is 0. */
    public static Double calmar(Double cagrPct, double maxDrawdownPct) {
        return cagrPct == null || maxDrawdownPct == 0 ? null : cagrPct / maxDrawdownPct;
    }

    /** Equity of the last snapshot of each calendar day (date as written), in time order. */
    public static double[] dailyCloses(EquityCurve curve) {
        return DayCurve.of(curve).dailyCloses();
    }
}
