package com.battlescope.ui.export;

import com.battlescope.model.ChartData;
import com.battlescope.service.export.PngRenderer;
import com.battlescope.service.view.ViewContent;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.Node;

/** PNG for the export services: a chart node from the chart factory, or a {@link TableNode}, drawn off screen. */
public final class FxPngRenderer implements PngRenderer {
    private final Function<ChartData, Node> charts;
    private final double scale;

    /** {@code charts} builds the view's chart as the GUI shows it (runs on the FX thread). */
    public FxPngRenderer(Function<ChartData, Node> charts, double scale) {
        this.charts = charts;
        this.scale = scale;
    }

    @Override
    public void write(ViewContent content, Path file, int width, int height) {
        Node node = PngExporter.onFx(() -> content.isChart() ? charts.apply(content.chart())
                : TableNode.of(content.table(), content.title(), width, height));
        PngExporter.write(node, file, width, height, scale);
    }
}
