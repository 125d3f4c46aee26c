package com.battlescope.ui.maintenance;

import com.battlescope.service.maintenance.ResultTable;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A detail table of a maintenance result (statistics, problems) as a sortable TableView. */
final class ResultTableView {
    private ResultTableView() {
    }

    static TableView<List<Object>> of(ResultTable table) {
        TableView<List<Object>> view = new TableView<>();
        view.setId("maintenance-table-" + table.name());
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            TableColumn<List<Object>, Object> col = new TableColumn<>(table.columns().get(i).replace('_', ' '));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().get(index)));
            col.setComparator(ResultTableView::compare);
            col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text(item));
                    setStyle(item instanceof Number ? "-fx-alignment: center-right;" : "");
                }
            });
            view.getColumns().add(col);
        }
        view.setItems(FXCollections.observableArrayList(table.rows()));
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return view;
    }

    static String text(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return v.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a instanceof Comparable c && a.getClass() == b.getClass() ? c.compareTo(b)
                : a.toString().compareTo(b.toString());
    }
}
