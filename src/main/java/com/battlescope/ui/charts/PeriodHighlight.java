package com.battlescope.ui.charts;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;

/** An x range drawn light enough over the curves that they stay readable (ChartFX's default fill is 41 % blue). */
final class PeriodHighlight extends XRangeIndicator {
    static final String FILL = "rgba(0, 114, 178, 0.14)";

    PeriodHighlight(Axis axis, double lower, double upper, String text) {
        super(axis, lower, upper, text);
        rectangle.setStyle("-fx-fill: " + FILL + "; -fx-stroke: rgba(0, 114, 178, 0.5);");
        setEditable(false);
    }
}
