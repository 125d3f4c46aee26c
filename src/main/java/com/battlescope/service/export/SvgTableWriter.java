package com.battlescope.service.export;

import com.battlescope.model.DataTable;
import java.nio.file.Path;
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
        double[] widths = TableColumns.widths(table, width - 2 * MARGIN, FONT, PAD);
        int columns = TableColumns.fitting(widths, width - 2 * MARGIN);
        double used = java.util.Arrays.stream(widths, 0, columns).sum();
        double top = MARGIN + TITLE_SIZE + 20;
        int fit = Math.max(0, (int) ((height - top - MARGIN - ROW) / ROW) - 1);
        int shown = Math.min(fit, table.rows().size());
        boolean[] numeric = TableColumns.numeric(table);

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

        String footer = TableColumns.footer(shown, table.rows().size(), columns, headers.size());
        if (footer != null) {
            svg.text(MARGIN, Math.min(height - MARGIN, bottom + ROW), footer, "font-size",
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
}
