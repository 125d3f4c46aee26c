package com.battlescope.ui.widgets;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** A column that is not sorted by and draws each whole row itself (a sparkline, an interval filled in later). */
public final class RowColumn {
    private RowColumn() {
    }

    /** {@code show} fills the cell for its row, or clears it when the row is null (an empty cell). */
    public static <R> TableColumn<R, R> of(String id, String title, BiConsumer<TableCell<R, R>, R> show) {
        TableColumn<R, R> c = new TableColumn<>(title);
        c.setId(id);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                show.accept(this, empty ? null : row);
            }
        });
        return c;
    }
}
