package com.battlescope.ui.charts;

import com.battlescope.model.ChartSeries;

/** The hover text of one point of a chart series. */
@FunctionalInterface
public interface PointText {
    String text(ChartSeries series, int index);
}
