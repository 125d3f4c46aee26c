package com.battlescope.ui.charts;

import com.battlescope.model.ChartSeries;
import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * A ChartFX data set holding one {@link ChartSeries}; its per-point labels (the tooltip text) are made on
 * demand, so long curves keep no strings.
 */
public final class SeriesDataSet extends DoubleDataSet {
    private volatile ChartSeries series;
    private final PointText text;

    SeriesDataSet(ChartSeries series, PointText text) {
        super(series.name(), series.size());
        this.text = text;
        replace(series);
    }

    /** Replaces the points (one notification: the arrays are handed over whole). */
    void replace(ChartSeries next) {
        series = next;
        set(next.x(), next.y(), true);
    }

    public ChartSeries series() {
        return series;
    }

    @Override
    public String getDataLabel(int index) {
        ChartSeries s = series;
        return index >= 0 && index < s.size() ? text.text(s, index) : super.getDataLabel(index);
    }
}
