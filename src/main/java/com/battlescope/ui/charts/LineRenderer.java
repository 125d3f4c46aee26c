package com.battlescope.ui.charts;

import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** The point-reducing line renderer with a plain line as legend symbol (no error-bar cross). */
final class LineRenderer extends ErrorDataSetRenderer {
    @Override
    public boolean drawLegendSymbol(DataSetNode style, Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double y = canvas.getHeight() / 2;
        gc.save();
        gc.setLineWidth(style.getLineWidth() + 1);
        gc.setLineDashes(style.getLineDashes());
        gc.setStroke(style.getLineColor());
        gc.strokeLine(1, y, canvas.getWidth() - 1, y);
        gc.restore();
        return true;
    }
}
