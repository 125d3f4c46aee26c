package com.battlescope.model;

import java.util.List;

/**
 * A chart as plain data: what the ChartFX views draw and what the SVG, PNG and CSV exports write, so the GUI
 * and the command line produce the same figures. Axis labels carry their units, e.g. "Equity ($)".
 *
 * @param id        the view id ({@code equity}, {@code drawdown}, {@code rank-history})
 * @param timeAxis  x values are epoch seconds of the times as written (format them in UTC)
 * @param invertedY larger values lower (rank 1 at the top)
 * @param logY      logarithmic y axis
 * @param valueName CSV column name of the y value, e.g. {@code equity}
 */
public record ChartData(String id, String title, String xLabel, String yLabel, boolean timeAxis, boolean invertedY,
                        boolean logY, String valueName, List<ChartSeries> series) {
    public ChartData {
        series = List.copyOf(series);
    }

    /** Long form for CSV: one row per point (x as stored text when labels exist), series name, value. */
    public DataTable toTable() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (ChartSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                String x = s.labels().isEmpty() ? Double.toString(s.x()[i]) : s.labels().get(i);
                rows.add(List.of(x, s.name(), Double.toString(s.y()[i])));
            }
        }
        return new DataTable(id, List.of(timeAxis ? "time" : "x", "model", valueName), rows);
    }
}
