package com.battlescope.service.view;

import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import java.util.Objects;

/**
 * What one view shows, ready to export: a chart (drawn as PNG/SVG, its points as CSV) or a table (drawn as a table
 * page, its rows as CSV).
 */
public record ViewContent(ViewId view, String title, ChartData chart, DataTable table) {
    public ViewContent {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(table, "table");
        title = title == null ? view.title() : title;
    }

    public static ViewContent ofChart(ViewId view, ChartData chart) {
        return new ViewContent(view, chart.title(), chart, chart.toTable());
    }

    public static ViewContent ofTable(ViewId view, DataTable table) {
        return new ViewContent(view, view.title(), null, table);
    }

    public boolean isChart() {
        return chart != null;
    }
}
