package com.battlescope.model;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** This series followed by more points (labels only when this one has them). */
    public ChartSeries appended(double[] moreX, double[] moreY, List<String> moreLabels) {
        double[] nx = Arrays.copyOf(x, x.length + moreX.length);
        double[] ny = Arrays.copyOf(y, y.length + moreY.length);
        System.arraycopy(moreX, 0, nx, x.length, moreX.length);
        System.arraycopy(moreY, 0, ny, y.length, moreY.length);
        List<String> nl = labels;
        if (!labels.isEmpty()) {
            nl = new ArrayList<>(labels);
            nl.addAll(moreLabels);
        }
        return new ChartSeries(name, color, nx, ny, nl);
    }
}
