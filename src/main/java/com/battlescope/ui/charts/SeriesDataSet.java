package com.battlescope.ui.charts;

import com.battlescope.model.ChartSeries;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Arrays;

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

    /** Shows {@code next}: only its new points are added when it extends what is shown (live data), else all. */
    void update(ChartSeries next) {
        ChartSeries old = series;
        if (next == old) {
            return;
        }
        if (!extendsShown(old, next)) {
            replace(next);
            return;
        }
        int n = old.size();
        series = next;
        add(Arrays.copyOfRange(next.x(), n, next.size()), Arrays.copyOfRange(next.y(), n, next.size()));
    }

    private boolean extendsShown(ChartSeries old, ChartSeries next) {
        int n = old.size();
        return getDataCount() == n && next.size() > n && Arrays.equals(old.x(), 0, n, next.x(), 0, n)
                && Arrays.equals(old.y(), 0, n, next.y(), 0, n);
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
