package com.battlescope.ui.export;

import com.battlescope.model.DataTable;
import com.battlescope.service.export.TableColumns;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A table page for PNG export: title, a {@link TableView} holding the rows that fit the page (no scroll bars in an
 * image) and a footer when rows were left out. Build on the FX thread; render with {@link PngExporter}.
 */
public final class TableNode {
    static final double ROW = 24;
    private static final double HEADER = 28;
    private static final double FONT = 13;

    private TableNode() {
    }

    public static Region of(DataTable table, String title, int width, int height) {
        Label heading = new Label(title);
        heading.setId("export-title");
        heading.setFont(Font.font(null, FontWeight.BOLD, 20));
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setAlignment(Pos.CENTER);

        // page padding, title, spacing, footer, column header and borders: what is left holds whole rows
        int fit = Math.max(0, (int) ((height - 2 * 16 - 30 - 2 * 8 - 20 - HEADER - 4) / ROW));
        int shown = Math.min(fit, table.rows().size());
        TableView<List<String>> view = new TableView<>();
        view.setId("export-table");
        view.setFixedCellSize(ROW);
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        view.setFocusTraversable(false);
        view.setPlaceholder(new Label("No rows in this selection"));
        double[] widths = TableColumns.widths(table, width - 40, FONT, 8);
        int columns = TableColumns.fitting(widths, width - 40);
        boolean[] numeric = TableColumns.numeric(table);
        for (int c = 0; c < columns; c++) {
            int index = c;
            TableColumn<List<String>, String> col = new TableColumn<>(table.headers().get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? TableColumns.oneLine(row.getValue().get(index)) : ""));
            col.setPrefWidth(widths[c]);
            col.setSortable(false);
            if (numeric[c]) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            view.getColumns().add(col);
        }
        view.getItems().setAll(table.rows().subList(0, shown));
        view.setPrefHeight(HEADER + Math.max(shown, 1) * ROW + 4);
        view.setMaxHeight(Region.USE_PREF_SIZE);

        VBox page = new VBox(8, heading, view);
        String note = TableColumns.footer(shown, table.rows().size(), columns, table.headers().size());
        if (note != null && !table.rows().isEmpty()) {
            Label footer = new Label(note);
            footer.setId("export-footer");
            footer.setStyle("-fx-text-fill: #666666;");
            page.getChildren().add(footer);
        }
        page.setPadding(new Insets(16));
        page.setStyle("-fx-background-color: white;");
        return page;
    }
}
