package com.battlescope.ui.export;

import com.battlescope.model.ChartData;
import com.battlescope.service.export.ViewExporter;
import com.battlescope.service.view.ViewContent;
import com.battlescope.service.view.ViewId;
import com.battlescope.ui.AnalysisView;
import com.battlescope.ui.charts.ChartFactory;
import com.battlescope.ui.views.ChartAnalysisView;
import io.fair_acc.chartfx.XYChart;
import java.nio.file.Path;

/**
 * Export of a GUI tab, writing the same files as {@code export} on the command line: take the content on the FX
 * thread, write it in a background job (PNG draws a fresh chart at the size asked, without the user's zoom; use
 * {@link PngExporter#writeAsShown} for the chart exactly as on screen).
 */
public final class ViewFileExport {
    private ViewFileExport() {
    }

    /** What the tab shows now: its chart's data and its table as shown (filters applied). FX thread. */
    public static ViewContent content(AnalysisView view) {
        ViewId id = ViewId.fromId(view.id());
        XYChart chart = view.chart();
        ChartData data = view instanceof ChartAnalysisView c ? c.chartData()
                : chart == null ? null : ChartFactory.data(chart);
        return new ViewContent(id, data == null ? view.title() : data.title(), data, view.tableData());
    }

    /** Writes by the file's extension (.png, .svg, .csv); any thread. */
    public static Path write(ViewContent content, Path file, int width, int height, double scale) {
        return exporter(scale).write(content, file, width, height);
    }

    public static ViewExporter exporter(double scale) {
        return new ViewExporter(new FxPngRenderer(ChartFactory::create, scale));
    }
}
