package com.battlescope.service.view;

import com.battlescope.model.ChartData;
import java.util.Map;

/**
 * The equity chart and the summary shown above it, from one load, with each shown model's first and last
 * snapshot so that live mode can extend the curves ({@link LiveCharts}).
 */
public record EquityChart(ChartData chart, EquitySummary summary, Map<String, CurveEnds> ends) {
    public EquityChart {
        ends = Map.copyOf(ends);
    }
}
