package com.battlescope.service.view;

import com.battlescope.model.ChartData;

/** The equity chart and the summary shown above it, from one load. */
public record EquityChart(ChartData chart, EquitySummary summary) {
}
