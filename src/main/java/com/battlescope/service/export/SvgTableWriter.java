package com.battlescope.service.export;

import com.battlescope.model.DataTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DataTable} as an SVG page: a title, a header row and as many rows as fit the height, cells as text
 * (numbers right-aligned, long texts cut with an ellipsis). A footer says when rows or columns did not fit; the CSV
 * export always has all of them.
 */
public final class SvgTableWriter {
    private static final double MARGIN = 16;
    private static final double TITLE_SIZE = 20;
    private static final double FONT = 12;
    private static final double ROW = 22;
    private static final double PAD = 6;
    private static final double MAX_COLUMN = 360;
    private static final double MIN_COLUMN = 48;

    private SvgTableWriter() {
    }

    public static Path write(DataTable table, String title, Path file, int width, int height) {
        return document(table, title, width, height).write(file);
    }

    public static String toSvg(DataTable table, String title, int width, int height) {
        return document(table, title, width, height).finish();
    }

    private static SvgDoc document(DataTable table, String title, int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("table size " + width + "x" + height + " is too small (at least 200x150)");
        }
        SvgDoc svg = new SvgDoc(width, height, title);
        svg.text(width / 2.0, MARGIN + TITLE_SIZE, title, "font-size", SvgDoc.num(TITLE_SIZE), "font-weight", "bold",
                "text-anchor", "middle", "fill", "#222222", "class", "title");

        List<String> headers = table.headers();
        double[] widths = columnWidths(table, width - 2 * MARGIN);
        int columns = 0;
        double used = 0;
        while (columns < headers.size() && used + widths[columns] <= width - 2 * MARGIN + 0.01) {
            used += widths[columns++];
        }
        double top = MARGIN + TITLE_SIZE + 20;
        int fit = Math.max(0, (int) ((height - top - MARGIN - ROW) / ROW) - 1);
        int shown = Math.min(fit, table.rows().size());
        boolean[] numeric = numericColumns(table);

        svg.open("g", "class", "table", "font-size", SvgDoc.num(FONT), "fill", "#222222");
        svg.element("rect", "x", SvgDoc.num(MARGIN), "y", SvgDoc.num(top), "width", SvgDoc.num(used), "height",
                SvgDoc.num(ROW), "fill", "#EEF1F5");
        for (int r = 0; r < shown; r++) {
            if (r % 2 == 1) {
                svg.element("rect", "x", SvgDoc.num(MARGIN), "y", SvgDoc.num(top + (r + 1) * ROW), "width",
                        SvgDoc.num(used), "height", SvgDoc.num(ROW), "fill", "#F7F7F7");
            }
        }
        svg.open("g", "class", "header", "font-weight", "bold");
        row(svg, headers, widths, columns, numeric, top);
        svg.close("g");
        for (int r = 0; r < shown; r++) {
            svg.open("g", "class", "row");
            row(svg, table.rows().get(r), widths, columns, numeric, top + (r + 1) * ROW);
            svg.close("g");
        }
        double bottom = top + (shown + 1) * ROW;
        svg.line(MARGIN, top + ROW, MARGIN + used, top + ROW, "#999999", 1);
        svg.line(MARGIN, bottom, MARGIN + used, bottom, "#999999", 1);
        svg.close("g");

        List<String> notes = new ArrayList<>();
        if (table.rows().isEmpty()) {
            notes.add("No rows in this selection");
        } else if (shown < table.rows().size()) {
            notes.add(String.format(java.util.Locale.ROOT, "Rows 1–%,d of %,d", shown, table.rows().size()));
        }
        if (columns < headers.size()) {
            notes.add((headers.size() - columns) + " more columns");
        }
        if (shown < table.rows().size() || columns < headers.size()) {
            notes.add("the CSV export has all of them");
        }
        if (!notes.isEmpty()) {
            svg.text(MARGIN, Math.min(height - MARGIN, bottom + ROW), String.join("; ", notes), "font-size",
                    SvgDoc.num(FONT), "fill", "#666666", "class", "note");
        }
        return svg;
    }

    private static void row(SvgDoc svg, List<String> cells, double[] widths, int columns, boolean[] numeric, double y) {
        double x = MARGIN;
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            String text = SvgDoc.fit(cell, widths[c] - 2 * PAD, FONT);
            if (!text.isEmpty()) {
                double baseline = y + ROW / 2 + FONT * 0.35;
                if (numeric[c]) {
                    svg.text(x + widths[c] - PAD, baseline, text, "text-anchor", "end");
                } else {
                    svg.text(x + PAD, baseline, text);
                }
            }
            x += widths[c];
        }
    }

    /**
     * Natural widths (widest of header and the first rows, long texts capped), shrunk in proportion when the page is
     * too narrow; room left over goes to the capped columns.
     */
    private static double[] columnWidths(DataTable table, double available) {
        int n = table.headers().size();
        double[] natural = new double[n];
        double[] w = new double[n];
        int sample = Math.min(table.rows().size(), 500);
        for (int c = 0; c < n; c++) {
            double max = SvgDoc.textWidth(table.headers().get(c), FONT) * 1.1;
            for (int r = 0; r < sample; r++) {
                List<String> row = table.rows().get(r);
                if (c < row.size() && row.get(c) != null) {
                    String cell = row.get(c);
                    max = Math.max(max, SvgDoc.textWidth(cell.length() > 200 ? cell.substring(0, 200) : cell, FONT));
                }
            }
            natural[c] = Math.max(MIN_COLUMN, max + 2 * PAD);
            w[c] = Math.min(MAX_COLUMN, natural[c]);
        }
        double total = java.util.Arrays.stream(w).sum();
        if (total > available) {
            double f = available / total;
            for (int c = 0; c < n; c++) {
                w[c] = Math.max(MIN_COLUMN, w[c] * f);
            }
        } else {
            double wanted = 0;
            for (int c = 0; c < n; c++) {
                wanted += natural[c] - w[c];
            }
            double share = wanted == 0 ? 0 : Math.min(1, (available - total) / wanted);
            for (int c = 0; c < n; c++) {
                w[c] += (natural[c] - w[c]) * share;
            }
        }
        return w;
    }

    private static boolean[] numericColumns(DataTable table) {
        boolean[] numeric = new boolean[table.headers().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : table.rows()) {
                String v = c < row.size() ? row.get(c) : null;
                if (v == null || v.isEmpty()) {
                    continue;
                }
                any = true;
                if (!isNumber(v)) {
                    all = false;
                    break;
                }
            }
            numeric[c] = any && all;
        }
        return numeric;
    }

    private static boolean isNumber(String v) {
        if (v.equals("∞") || v.equals("inf") || v.equals("-inf")) {
            return true;
        }
        try {
            Double.parseDouble(v.replace(",", ""));
            return !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D") && !v.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
