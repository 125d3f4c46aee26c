package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;

import java.util.List;

/**
 * Every single-number figure of one model's equity curve.
 *
 * @param sharpeRatio      the engine's Sharpe (parity): snapshot returns x sqrt(252)
 * @param sharpeDaily      daily closes x sqrt(252)
 * @param sharpeSampled    snapshot returns x sqrt(real periods per year) (the GUI's "correct" Sharpe)
 * @param maxDrawdownPct   true maximum percent drawdown
 * @param engineMaxDrawdownPct the engine's flawed percent, for parity display
 * @param volatilityPct    annualised volatility in percent (real sampling rate)
 */
public record CurveMetrics(String modelId, int snapshots, Stamp firstSnapshot, Stamp lastSnapshot,
                           double initialCapital, double finalEquity, double totalReturnPct,
                           double totalReturnDollars, Double sharpeRatio, Double sharpeDaily, Double sharpeSampled,
                           Double sortinoRatio, Double cagrPct, Double volatilityPct, Double calmarRatio,
                           double maxDrawdownPct, double maxDrawdownDollars, double engineMaxDrawdownPct,
                           Drawdowns.TimeUnderWater timeUnderWater) {

    /** @throws IllegalArgumentException for an empty curve */
    public static CurveMetrics of(EquityCurve curve, double initialCapital) {
        return of(DayCurve.of(curve), initialCapital);
    }

    /** The figures combined from the curve's days (BattleScope's index, or the snapshots summed up per day). */
    public static CurveMetrics of(DayCurve curve, double initialCapital) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("no snapshots");
        }
        double last = curve.last().equity();
        Drawdowns.MaxDrawdown dd = curve.maxDrawdown();
        Double cagr = RiskRatios.cagrPct(curve, initialCapital);
        return new CurveMetrics(curve.first().modelId(), curve.size(), curve.first().timestamp(),
                curve.last().timestamp(), initialCapital, last, Metrics.returnPct(last, initialCapital),
                last - initialCapital, RiskRatios.engineSharpe(curve), RiskRatios.dailySharpe(curve),
                RiskRatios.sampledSharpe(curve), RiskRatios.sortino(curve), cagr, RiskRatios.annualVolatilityPct(curve),
                RiskRatios.calmar(cagr, dd.maxPct()), dd.maxPct(), dd.maxDollars(), dd.engineMaxPct(),
                curve.timeUnderWater());
    }

    public static CurveMetrics of(List<HourlySnapshot> snapshots, double initialCapital) {
        return of(EquityCurve.of(snapshots), initialCapital);
    }
}
