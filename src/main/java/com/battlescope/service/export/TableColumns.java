package com.battlescope.service.export;

import com.battlescope.model.DataTable;
import java.util.Arrays;
import java.util.List;

/** Column layout of a table page (SVG or PNG): widths from the content and which columns hold numbers. */
public final class TableColumns {
    private static final double MAX_COLUMN = 360;
    private static final double MIN_COLUMN = 48;
    /** Columns are not cut below this (numbers and model names stay whole); wider texts are. */
    private static final double COMPACT_COLUMN = 150;
    private static final int SAMPLE_ROWS = 500;

    private TableColumns() {
    }

    /**
     * Natural widths (widest of header and the first rows, long texts capped); room left over goes to the capped
     * columns. When the page is too narrow, wide columns shrink towards a compact width that keeps their header and
     * short values whole; if even that does not fit, the caller shows the leading columns that fit and says how many more
     * there are. {@code padding} is added on each side of a cell.
     */
    public static double[] widths(DataTable table, double available, double fontSize, double padding) {
        int n = table.headers().size();
        double[] natural = new double[n];
        double[] compact = new double[n];
        double[] w = new double[n];
        int sample = Math.min(table.rows().size(), SAMPLE_ROWS);
        for (int c = 0; c < n; c++) {
            double header = SvgDoc.textWidth(table.headers().get(c), fontSize) * 1.1 + 2 * padding;
            double max = header;
            for (int r = 0; r < sample; r++) {
                List<String> row = table.rows().get(r);
                if (c < row.size() && row.get(c) != null) {
                    String cell = row.get(c);
                    max = Math.max(max, SvgDoc.textWidth(cell.length() > 200 ? cell.substring(0, 200) : cell, fontSize)
                            + 2 * padding);
                }
            }
            natural[c] = Math.max(MIN_COLUMN, max);
            w[c] = Math.min(MAX_COLUMN, natural[c]);
            compact[c] = Math.min(w[c], Math.max(header, COMPACT_COLUMN));
        }
        double total = Arrays.stream(w).sum();
        if (total > available) {
            double least = Arrays.stream(compact).sum();
            double f = least >= available ? 0 : (available - least) / (total - least);
            for (int c = 0; c < n; c++) {
                w[c] = compact[c] + (w[c] - compact[c]) * f;
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

    /** How many leading columns fit into {@code available}. */
    public static int fitting(double[] widths, double available) {
        int columns = 0;
        double used = 0;
        while (columns < widths.length && used + widths[columns] <= available + 0.01) {
            used += widths[columns++];
        }
        return columns;
    }

    /** Columns whose non-empty cells are all numbers (∞ and inf included): shown right-aligned. */
    public static boolean[] numeric(DataTable table) {
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

    /** A cell as one line: line breaks become spaces. */
    public static String oneLine(String cell) {
        return cell == null ? "" : cell.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** "Rows 1–N of M; the CSV export has all of them" and the like, or null when everything is shown. */
    public static String footer(int shownRows, int rows, int shownColumns, int columns) {
        List<String> notes = new java.util.ArrayList<>();
        if (rows == 0) {
            notes.add("No rows in this selection");
        } else if (shownRows < rows) {
            notes.add(String.format(java.util.Locale.ROOT, "Rows 1–%,d of %,d", shownRows, rows));
        }
        if (shownColumns < columns) {
            notes.add((columns - shownColumns) + " more columns");
        }
        if (shownRows < rows || shownColumns < columns) {
            notes.add("the CSV export has all of them");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** Numbers as the views format them too: $1,234.56, -$646.38, 3.20%, ∞, and dashes for none. */
    private static boolean isNumber(String v) {
        String t = v.replace(",", "").replace("$", "").replace("%", "").replace("\u2212", "-").strip();
        if (t.equals("∞") || t.equals("inf") || t.equals("-inf") || t.equals("–") || t.equals("—") || t.equals("-")) {
            return true;
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
