package com.battlescope.model;

import java.util.List;

/**
 * A chart as plain data: what the ChartFX views draw and what the SVG, PNG and CSV exports write, so the GUI
 * and the command line produce the same figures. Axis labels carry their units, e.g. "Equity ($)".
 *
 * @param id         the view id ({@code equity}, {@code drawdown}, {@code rank-history})
 * @param timeAxis   x values are epoch seconds of the times as written (format them in UTC)
 * @param invertedY  larger values lower (rank 1 at the top)
 * @param logY       logarithmic y axis
 * @param valueName  CSV column name of the y value, e.g. {@code equity}
 * @param bars       lines, or bars from zero (the series side by side, or drawn over each other for stacks whose
 *                   values are the tops of their segments)
 * @param categories when not empty, x value i is the category {@code categories.get(i)} (tick labels and CSV)
 */
public record ChartData(String id, String title, String xLabel, String yLabel, boolean timeAxis, boolean invertedY,
                        boolean logY, String valueName, List<ChartSeries> series, Bars bars, List<String> categories) {
    /** How the points are drawn. */
    public enum Bars { NONE, SIDE_BY_SIDE, OVERLAID }

    public ChartData {
        series = List.copyOf(series);
        bars = bars == null ? Bars.NONE : bars;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A line chart. */
    public ChartData(String id, String title, String xLabel, String yLabel, boolean timeAxis, boolean invertedY,
                     boolean logY, String valueName, List<ChartSeries> series) {
        this(id, title, xLabel, yLabel, timeAxis, invertedY, logY, valueName, series, Bars.NONE, List.of());
    }

    /** A bar chart over categories (x value i is category i). */
    public static ChartData bars(String id, String title, String xLabel, String yLabel, String valueName,
                                 List<ChartSeries> series, Bars bars, List<String> categories) {
        return new ChartData(id, title, xLabel, yLabel, false, false, false, valueName, series, bars, categories);
    }

    public boolean isBars() {
        return bars != Bars.NONE;
    }

    /** The category of x value {@code x}, or null when it is not a whole number within the categories. */
    public String category(double x) {
        long i = Math.round(x);
        return Math.abs(x - i) < 1e-9 && i >= 0 && i < categories.size() ? categories.get((int) i) : null;
    }

    /** Long form for CSV: a row per point (x as its category, else its stored text if any), series name, value. */
    public DataTable toTable() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (ChartSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                String category = category(s.x()[i]);
                String x = category != null ? category
                        : !s.labels().isEmpty() ? s.labels().get(i) : Double.toString(s.x()[i]);
                rows.add(List.of(x, s.name(), Double.toString(s.y()[i])));
            }
        }
        return new DataTable(id, List.of(timeAxis ? "time" : "x", "model", valueName), rows);
    }
}
