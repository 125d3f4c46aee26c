package com.battlescope.service.view;

import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import java.util.ArrayList;
import java.util.List;

/** The underwater chart and each shown model's worst drawdown periods (deepest first per model). */
public record DrawdownChart(ChartData chart, List<DrawdownRow> worst) {
    public static final String NOT_RECOVERED = "not recovered";

    public DrawdownChart {
        worst = List.copyOf(worst);
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
