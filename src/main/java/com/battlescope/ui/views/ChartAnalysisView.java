package com.battlescope.ui.views;

import com.battlescope.model.ChartData;
import com.battlescope.ui.AnalysisView;

/** A view whose main content is a chart: what it shows as data (for SVG export) and the live reload. */
public interface ChartAnalysisView extends AnalysisView {
    /** What the chart shows now. */
    ChartData chartData();

    /** Reloads keeping the user's zoom and selection (live data); {@link #refresh()} is the full reload. */
    void reloadInPlace();

    /** True while a background load runs. */
    boolean isLoading();
}
