package com.battlescope.ui;

import com.battlescope.model.DataTable;
import com.battlescope.service.view.ViewQuery;
import io.fair_acc.chartfx.XYChart;
import javafx.scene.Node;

/**
 * One tab of the main window. Views read the shared {@link AppContext} (battle, selected models,
 * time range), load in the background through {@link Jobs}, and expose what they show for export.
 */
public interface AnalysisView {
    /** Stable id used by the CLI's {@code export --view} and file names: equity, drawdown, rank-history, ... */
    String id();

    /** Tab title. */
    String title();

    Node node();

    /** Reloads from the context (a new battle, models or range). */
    void refresh();

    /**
     * The main window says whether this view's tab is the selected one. A hidden view need not follow live data:
     * it may note that it is behind and catch up when shown again. Views start as shown.
     */
    default void setShown(boolean shown) {
    }

    /** The data behind the view as shown (filters applied), for CSV export. */
    DataTable tableData();

    /** The query Export all writes this view with: the shared one plus what the view chose (symbol, timeframe). */
    default ViewQuery exportQuery(ViewQuery shared) {
        return shared;
    }

    /** The chart for PNG/SVG export, or null for table-only views. */
    default XYChart chart() {
        return null;
    }
}
