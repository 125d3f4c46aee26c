package com.battlescope.service.view;

import com.battlescope.analytics.RunningDrawdown;
import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The underwater chart and each shown model's worst drawdown periods (deepest first per model), with each
 * model's running drawdown at its last point so that live mode can extend them ({@link LiveCharts}).
 */
public record DrawdownChart(ChartData chart, List<DrawdownRow> worst, Map<String, RunningDrawdown> running) {
    public static final String NOT_RECOVERED = "not recovered";

    public DrawdownChart {
        worst = List.copyOf(worst);
        running = Map.copyOf(running);
    }

    public DrawdownChart(ChartData chart, List<DrawdownRow> worst) {
        this(chart, worst, Map.of());
    }

    /** The worst drawdowns as text cells: times as stored, depth at full precision. */
    public DataTable worstTable() {
        List<List<String>> rows = new ArrayList<>();
        for (DrawdownRow r : worst) {
            var p = r.period();
            rows.add(List.of(r.modelId(), p.peak().text(), p.trough().text(),
                    p.recovered() ? p.recovery().text() : NOT_RECOVERED, Double.toString(p.depthPct()),
                    Long.toString(p.lengthDays())));
        }
        return new DataTable("worst-drawdowns",
                List.of("model", "peak", "trough", "recovery", "depth_pct", "length_days"), rows);
    }
}
