package com.battlescope.ui.widgets;

import com.battlescope.model.Stamp;
import com.battlescope.service.view.Cells;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** A table column of times: shown to the second ({@link Cells#time}), the stamp as written in the tooltip; sorts by time. */
public final class TimeColumn {
    private TimeColumn() {
    }

    /** @param time the row's time, or null (shown as {@code whenNull}) */
    public static <R> TableColumn<R, Stamp> of(String title, Function<R, Stamp> time, String whenNull) {
        TableColumn<R, Stamp> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(time.apply(cd.getValue())));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Stamp t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : t == null ? whenNull : Cells.time(t));
                // the stamp as written when the screen shortened it (a fraction of a second)
                setTooltip(empty || t == null || t.text().equals(getText()) ? null : new Tooltip(t.text()));
            }
        });
        return c;
    }
}
