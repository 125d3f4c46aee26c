package com.battlescope.ui.charts;

import io.fair_acc.chartfx.plugins.DataPointTooltip;

/** The data point tooltip showing the point's own text ({@link SeriesDataSet#getDataLabel}) as it is. */
final class SeriesTooltip extends DataPointTooltip {
    SeriesTooltip() {
        super(8);
    }

    @Override
    protected String formatLabel(DataPoint dataPoint) {
        return dataPoint.label;
    }
}
