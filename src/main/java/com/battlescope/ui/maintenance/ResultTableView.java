package com.battlescope.ui.maintenance;

import com.battlescope.service.maintenance.ResultTable;
import com.battlescope.service.view.Cells;
import com.battlescope.ui.widgets.TableFit;
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
            String name = table.columns().get(i);
            boolean size = name.endsWith("_bytes");
            TableColumn<List<Object>, Object> col = new TableColumn<>(title(name));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().get(index)));
            col.setComparator(ResultTableView::compare);
            col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null
                            : size && item instanceof Number n ? Cells.bytes(n.longValue()) : text(item));
                    setStyle(item instanceof Number ? "-fx-alignment: center-right;" : "");
                }
            });
            view.getColumns().add(col);
        }
        view.setItems(FXCollections.observableArrayList(table.rows()));
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableFit.install(view);
        return view;
    }

    /** {@code size_bytes} → "Size", {@code wal_bytes} → "Wal", {@code page_count} → "Page count". */
    static String title(String column) {
        String t = (column.endsWith("_bytes") ? column.substring(0, column.length() - 6) : column).replace('_', ' ');
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
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
