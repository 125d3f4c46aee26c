package com.battlescope.service.view;

import com.battlescope.model.ChartData;
import com.battlescope.model.DataTable;
import java.util.List;
import java.util.Objects;

/**
 * What one view shows, ready to export: a chart (drawn as PNG/SVG, its points as CSV) or a table (drawn as a table
 * page, its rows as CSV); a view with several charts (Quality) adds the others, each written to files of its own
 * id.
 */
public record ViewContent(ViewId view, String title, ChartData chart, DataTable table, List<ChartData> moreCharts) {
    public ViewContent {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(table, "table");
        title = title == null ? view.title() : title;
        moreCharts = moreCharts == null ? List.of() : List.copyOf(moreCharts);
    }

    /** A view with one chart (or none). */
    public ViewContent(ViewId view, String title, ChartData chart, DataTable table) {
        this(view, title, chart, table, List.of());
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
