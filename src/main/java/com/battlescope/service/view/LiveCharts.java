package com.battlescope.service.view;

import com.battlescope.analytics.Drawdowns.DrawdownPeriod;
import com.battlescope.analytics.RunningDrawdown;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extends a shown equity or drawdown chart by live snapshots without reading the battle again: the same figures
 * a reload would give when the new rows only append ({@link NewPoints}); empty when a reload is needed.
 */
public final class LiveCharts {
    private LiveCharts() {
    }

    /** The equity chart with {@code rows} appended; empty with the benchmark on (it depends on decisions too). */
    public static Optional<EquityChart> appendEquity(EquityChart shown, ViewQuery q, List<HourlySnapshot> rows) {
        if (q.benchmark()) {
            return Optional.empty();
        }
        Map<String, Stamp> last = new LinkedHashMap<>();
        shown.ends().forEach((model, ends) -> last.put(model, ends.last().timestamp()));
        return NewPoints.of(q, last, rows).map(added -> {
            Map<String, CurveEnds> ends = new LinkedHashMap<>();
            Map<String, double[]> values = new LinkedHashMap<>();
            for (ChartSeries s : shown.chart().series()) {
                CurveEnds e = shown.ends().get(s.name());
                List<HourlySnapshot> more = added.getOrDefault(s.name(), List.of());
                if (e == null) {
                    continue; // the benchmark's line
                }
                ends.put(s.name(), more.isEmpty() ? e : e.through(more.get(more.size() - 1)));
                double base = e.first().equity();
                values.put(s.name(), more.stream().mapToDouble(p -> q.scale() == EquityScale.PERCENT
                        ? (p.equity() / base - 1) * 100 : p.equity()).toArray());
            }
            return new EquityChart(withPoints(shown.chart(), added, values), EquitySummary.ofEnds(ends), ends);
        });
    }

    /** The underwater chart and the worst drawdowns with {@code rows} appended. */
    public static Optional<DrawdownChart> appendDrawdown(DrawdownChart shown, ViewQuery q, List<HourlySnapshot> rows) {
        Map<String, Stamp> last = new LinkedHashMap<>();
        shown.running().forEach((model, drawdown) -> last.put(model, drawdown.lastTime()));
        return NewPoints.of(q, last, rows).map(added -> {
            Map<String, RunningDrawdown> running = new LinkedHashMap<>(shown.running());
            Map<String, double[]> values = new LinkedHashMap<>();
            List<DrawdownRow> worst = new ArrayList<>();
            for (ChartSeries s : shown.chart().series()) {
                String model = s.name();
                List<DrawdownRow> rowsOfModel = shown.worst().stream().filter(r -> r.modelId().equals(model)).toList();
                List<HourlySnapshot> more = added.getOrDefault(model, List.of());
                if (more.isEmpty()) {
                    worst.addAll(rowsOfModel);
                    continue;
                }
                RunningDrawdown drawdown = running.get(model).copy();
                values.put(model, more.stream().mapToDouble(p -> drawdown.add(p.timestamp(), p.equity())).toArray());
                running.put(model, drawdown);
                // the open period only deepens, so the earlier recovered rows plus the new periods hold the worst
                List<DrawdownPeriod> periods = new ArrayList<>(drawdown.takeClosed());
                rowsOfModel.stream().filter(r -> r.period().recovered()).forEach(r -> periods.add(r.period()));
                worst.addAll(ChartService.worstRows(model, periods, drawdown.open(), drawdown.lastTime()));
            }
            return new DrawdownChart(withPoints(shown.chart(), added, values), worst, running);
        });
    }

    /** {@code d} with each model's {@code added} snapshots at the end of its series, y from {@code values}. */
    private static ChartData withPoints(ChartData d, Map<String, List<HourlySnapshot>> added,
                                        Map<String, double[]> values) {
        List<ChartSeries> series = new ArrayList<>();
        for (ChartSeries s : d.series()) {
            List<HourlySnapshot> more = added.getOrDefault(s.name(), List.of());
            series.add(more.isEmpty() ? s : s.appended(
                    more.stream().mapToDouble(p -> p.timestamp().epochSecondsAsWritten()).toArray(),
                    values.get(s.name()),
                    more.stream().map(p -> p.timestamp().text()).toList()));
        }
        return new ChartData(d.id(), d.title(), d.xLabel(), d.yLabel(), d.timeAxis(), d.invertedY(), d.logY(),
                d.valueName(), series);
    }
}
