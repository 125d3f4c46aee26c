package com.battlescope.model;

import java.util.List;

/**
 * One line of a chart: a model's (or the benchmark's) points. For time axes {@code x} holds
 * {@link Stamp#epochSecondsAsWritten()} so that axes formatted in UTC show the times exactly as written.
 * {@code labels} are optional per-point texts (the stored time) for tooltips and CSV; empty when not needed.
 */
public record ChartSeries(String name, String color, double[] x, double[] y, List<String> labels) {
    public ChartSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public ChartSeries(String name, String color, double[] x, double[] y) {
        this(name, color, x, y, List.of());
    }

    public int size() {
        return x.length;
    }
}
