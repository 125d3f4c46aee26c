package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Timeframe;

import com.battlescope.model.CurveDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The engine's leaderboard order, and rankings over real timeframes of the snapshots. */
public final class Rankings {

    /** Return % desc, Sharpe desc (null last), max drawdown % asc (null last), model id asc. */
    public static final Comparator<RankingEntry> ENGINE_ORDER = Comparator
            .comparingDouble(RankingEntry::totalReturnPct).reversed()
            .thenComparing(RankingEntry::sharpeRatio, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RankingEntry::maxDrawdownPct, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RankingEntry::modelId);

    private Rankings() {
    }

    public static List<RankedModel> rank(List<RankingEntry> entries) {
        List<RankingEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ENGINE_ORDER);
        List<RankedModel> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(new RankedModel(i + 1, sorted.get(i)));
        }
        return out;
    }

    /**
     * Ranks models over a timeframe. All time: return vs the initial capital, Sharpe and drawdown of the
     * whole curve. Daily/weekly/monthly: the window of {@link #window} with its own return, Sharpe
     * (engine formula) and true max drawdown %.
     *
     * @param curves          per model id; empty curves are left out
     * @param initialCapitals per model id (used for all time only)
     */
    public static List<RankedModel> rankTimeframe(Map<String, EquityCurve> curves,
                                                  Map<String, Double> initialCapitals, Timeframe timeframe) {
        List<RankingEntry> entries = new ArrayList<>();
        curves.forEach((model, curve) -> {
            if (!curve.isEmpty()) {
                entries.add(entry(model, curve, initialCapitals.get(model), timeframe));
            }
        });
        return rank(entries);
    }

    static RankingEntry entry(String model, EquityCurve curve, Double initialCapital, Timeframe timeframe) {
        EquityCurve w = window(curve, timeframe);
        double base = Metrics.returnBase(timeframe, initialCapital, w.first().equity());
        return new RankingEntry(model, Metrics.returnPct(w.last().equity(), base),
                RiskRatios.engineSharpe(w), Drawdowns.max(w).maxPct());
    }

    /**
     * The snapshots of a timeframe's look-back: from the last snapshot at or before (last time - days),
     * else from the first snapshot, to the end. All time is the whole curve.
     */
    public static EquityCurve window(EquityCurve curve, Timeframe timeframe) {
        if (timeframe == Timeframe.ALL_TIME || curve.isEmpty()) {
            return curve;
        }
        LocalDateTime cutoff = curve.last().timestamp().local().minusDays(timeframe.days());
        List<HourlySnapshot> points = curve.points();
        int base = 0;
        for (int i = points.size() - 1; i >= 0; i--) {
            if (!points.get(i).timestamp().local().isAfter(cutoff)) {
                base = i;
                break;
            }
        }
        return curve.tail(base);
    }

    /**
     * The day whose snapshots hold the start of a timeframe's window ({@link #window}): the last day whose first
     * snapshot is at or before (last time - days), else the first day. All time: the first day.
     */
    public static LocalDate windowDay(DayCurve curve, Timeframe timeframe) {
        List<CurveDay> days = curve.days();
        if (timeframe != Timeframe.ALL_TIME) {
            LocalDateTime cutoff = curve.last().timestamp().local().minusDays(timeframe.days());
            for (int i = days.size() - 1; i >= 0; i--) {
                if (!days.get(i).first().timestamp().local().isAfter(cutoff)) {
                    return days.get(i).date();
                }
            }
        }
        return days.get(0).date();
    }

    /** Return % over a timeframe: all time vs the initial capital, else vs the window's base snapshot. */
    public static double returnPct(EquityCurve curve, double initialCapital, Timeframe timeframe) {
        return entry("", curve, initialCapital, timeframe).totalReturnPct();
    }
}
