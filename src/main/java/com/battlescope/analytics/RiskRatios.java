package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sharpe, Sortino, volatility, CAGR and Calmar of an equity curve. Null means "cannot be computed". */
public final class RiskRatios {

    private RiskRatios() {
    }

    /** The engine's Sharpe (parity): snapshot returns, mean / sample std x sqrt(252). */
    public static Double engineSharpe(EquityCurve curve) {
        return Stats.annualisedSharpe(curve.returns(), Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Sharpe of daily closes (last snapshot of each calendar day as written), x sqrt(252). */
    public static Double dailySharpe(EquityCurve curve) {
        return Stats.annualisedSharpe(Stats.simpleReturns(dailyCloses(curve)), Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Sharpe of snapshot returns annualised by the real sampling rate (returns per elapsed year). */
    public static Double sampledSharpe(EquityCurve curve) {
        return Stats.annualisedSharpe(curve.returns(), curve.periodsPerYear());
    }

    /** Sortino: mean / sqrt(sum(min(r,0)^2) / n) x sqrt(252) over all snapshot returns (as QuantStats). */
    public static Double sortino(EquityCurve curve) {
        double[] r = curve.returns();
        if (r.length < 2) {
            return null;
        }
        double downside = 0;
        for (double v : r) {
            double d = Math.min(v, 0);
            downside += d * d;
        }
        double deviation = Math.sqrt(downside / r.length);
        return deviation == 0 ? null : Stats.mean(r) / deviation * Math.sqrt(Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** Annualised volatility in percent: sample std of snapshot returns x sqrt(real periods per year) x 100. */
    public static Double annualVolatilityPct(EquityCurve curve) {
        double[] r = curve.returns();
        double ppy = curve.periodsPerYear();
        if (r.length < 2 || Double.isNaN(ppy)) {
            return null;
        }
        return Stats.sampleStd(r) * Math.sqrt(ppy) * 100;
    }

    /** Compound annual growth in percent from the initial capital to the last equity over the elapsed time. */
    public static Double cagrPct(EquityCurve curve, double initialCapital) {
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
        List<Double> closes = new ArrayList<>();
        LocalDate day = null;
        for (HourlySnapshot s : curve.points()) {
            LocalDate d = s.timestamp().date();
            if (d.equals(day)) {
                closes.set(closes.size() - 1, s.equity());
            } else {
                closes.add(s.equity());
                day = d;
            }
        }
        return closes.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
