package com.battlescope.ui.export;

import com.battlescope.model.DataTable;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copies a chart image or table rows to the system clipboard. Rows go as tab-separated text with a header line,
 * which spreadsheets paste into cells; tabs and line breaks inside a cell become spaces so each row stays one line.
 * Call on the FX thread.
 */
public final class ClipboardExport {
    private ClipboardExport() {
    }

    /** A shown node (e.g. the chart on screen) as an image. */
    public static Image copyImage(Node node, double scale) {
        Image image = node.snapshot(scaled(scale), null);
        return copyImage(image);
    }

    public static Image copyImage(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        return image;
    }

    /** The header and the given rows (indices into {@code table.rows()}, in that order) as TSV. */
    public static String copyRows(DataTable table, List<Integer> rows) {
        return copyText(toTsv(table, rows));
    }

    /** The header and every row as TSV. */
    public static String copyTable(DataTable table) {
        return copyText(toTsv(table, java.util.stream.IntStream.range(0, table.rows().size()).boxed().toList()));
    }

    public static String toTsv(DataTable table, List<Integer> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, table.headers());
        rows.forEach(i -> line(sb, table.rows().get(i)));
        return sb.toString();
    }

    private static String copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String c = cells.get(i);
            sb.append(c == null ? "" : c.replaceAll("[\\t\\r\\n]+", " "));
        }
        sb.append('\n');
    }

    private static javafx.scene.SnapshotParameters scaled(double scale) {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        p.setFill(javafx.scene.paint.Color.WHITE);
        return p;
    }
}
