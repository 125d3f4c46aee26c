package com.battlescope.ui.widgets;

import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;

/** A tiny line of a few dozen equities, scaled to its own min and max. */
public final class Sparkline {
    private Sparkline() {
    }

    public static Polyline of(double[] values, Color color, double width, double height) {
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline");
        line.setStroke(color);
        line.setStrokeWidth(1.2);
        if (values.length < 2) {
            return line;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min;
        Double[] points = new Double[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            points[2 * i] = i * width / (values.length - 1);
            points[2 * i + 1] = span == 0 ? height / 2 : height - (values[i] - min) / span * height;
        }
        line.getPoints().addAll(points);
        return line;
    }
}
