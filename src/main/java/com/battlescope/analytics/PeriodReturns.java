package com.battlescope.analytics;

import com.battlescope.model.DailySummary;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Trade;
import com.battlescope.model.WeeklySummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Daily, weekly (ISO, Monday start) and monthly rows computed from snapshots, in the shapes of the summary
 * tables. A period starts at the previous period's last equity (the first period at its first snapshot) and
 * ends at its last snapshot; high/low are of the period's snapshots; max drawdown % and Sharpe (engine
 * formula) are over the start equity followed by the period's snapshots. Trade counts use exit dates
 * (opened: entry dates). Dates are as written. Rows are ordered by model id, then period.
 */
public final class PeriodReturns {

    private record Period(String modelId, LocalDate key, double start, List<HourlySnapshot> points) {

        double end() {
            return points.get(points.size() - 1).equity();
        }

        double returnPct() {
            return (end() - start) / start * 100;
        }

        /** Start equity followed by the period's snapshots (the first period has no separate start). */
        EquityCurve curve(boolean first) {
            List<HourlySnapshot> pts = new ArrayList<>();
            if (!first) {
                HourlySnapshot s0 = points.get(0);
                pts.add(new HourlySnapshot(null, modelId, s0.timestamp(), start, 0, 0, 0));
            }
            pts.addAll(points);
            return EquityCurve.ofOrdered(pts);
        }
    }

    private PeriodReturns() {
    }

    public static List<DailySummary> daily(List<HourlySnapshot> snapshots, List<Trade> trades) {
        List<DailySummary> out = new ArrayList<>();
        forEachPeriod(snapshots, d -> d, (p, first) -> {
            List<Trade> mine = tradesOf(trades, p.modelId());
            int opened = (int) mine.stream().filter(t -> t.entryTime().date().equals(p.key())).count();
            int closed = (int) mine.stream().filter(t -> t.exitTime().date().equals(p.key())).count();
            EquityCurve c = p.curve(first);
            out.add(new DailySummary(null, p.modelId(), p.key(), p.start(), p.end(), high(p), low(p),
                    p.end() - p.start(), p.returnPct(), opened, closed, Drawdowns.max(c).maxPct(),
                    RiskRatios.engineSharpe(c)));
        });
        return out;
    }

    public static List<WeeklySummary> weekly(List<HourlySnapshot> snapshots, List<Trade> trades) {
        List<WeeklySummary> out = new ArrayList<>();
        forEachPeriod(snapshots, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), (p, first) -> {
            TradeStats ts = TradeStats.of(closedIn(trades, p.modelId(), p.key(), p.key().plusDays(7)));
            EquityCurve c = p.curve(first);
            out.add(new WeeklySummary(null, p.modelId(), p.key(), p.key().plusDays(6), p.start(), p.end(),
                    p.returnPct(), ts.count(), ts.winners(), ts.losers(), ts.winRate(), RiskRatios.engineSharpe(c),
                    Drawdowns.max(c).maxPct()));
        });
        return out;
    }

    public static List<MonthlySummary> monthly(List<HourlySnapshot> snapshots, List<Trade> trades) {
        List<MonthlySummary> out = new ArrayList<>();
        forEachPeriod(snapshots, d -> d.withDayOfMonth(1), (p, first) -> {
            TradeStats ts = TradeStats.of(closedIn(trades, p.modelId(), p.key(), p.key().plusMonths(1)));
            EquityCurve c = p.curve(first);
            out.add(new MonthlySummary(null, p.modelId(), p.key().getYear(), p.key().getMonthValue(), p.start(),
                    p.end(), p.returnPct(), ts.count(), ts.winners(), ts.losers(), ts.winRate(), ts.profitFactor(),
                    RiskRatios.engineSharpe(c), Drawdowns.max(c).maxPct()));
        });
        return out;
    }

    private interface PeriodSink {
        void accept(Period period, boolean first);
    }

    private static void forEachPeriod(List<HourlySnapshot> snapshots, Function<LocalDate, LocalDate> keyOf,
                                      PeriodSink sink) {
        Map<String, List<HourlySnapshot>> byModel = snapshots.stream()
                .collect(Collectors.groupingBy(HourlySnapshot::modelId, TreeMap::new, Collectors.toList()));
        byModel.forEach((model, snaps) -> {
            EquityCurve curve = EquityCurve.of(snaps);
            TreeMap<LocalDate, List<HourlySnapshot>> periods = new TreeMap<>();
            for (HourlySnapshot s : curve.points()) {
                periods.computeIfAbsent(keyOf.apply(s.timestamp().date()), k -> new ArrayList<>()).add(s);
            }
            Double previousEnd = null;
            for (var e : periods.entrySet()) {
                double start = previousEnd != null ? previousEnd : e.getValue().get(0).equity();
                Period p = new Period(model, e.getKey(), start, e.getValue());
                sink.accept(p, previousEnd == null);
                previousEnd = p.end();
            }
        });
    }

    private static List<Trade> tradesOf(List<Trade> trades, String model) {
        return trades.stream().filter(t -> model.equals(t.modelId())).toList();
    }

    private static List<Trade> closedIn(List<Trade> trades, String model, LocalDate from, LocalDate until) {
        return trades.stream().filter(t -> model.equals(t.modelId()))
                .filter(t -> !t.exitTime().date().isBefore(from) && t.exitTime().date().isBefore(until)).toList();
    }

    private static double high(Period p) {
        return p.points().stream().mapToDouble(HourlySnapshot::equity).max().orElseThrow();
    }

    private static double low(Period p) {
        return p.points().stream().mapToDouble(HourlySnapshot::equity).min().orElseThrow();
    }
}
