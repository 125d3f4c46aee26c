package com.battlescope.ui.widgets;

import com.battlescope.ui.widgets.TableFit;
import com.battlescope.model.DataTable;
import com.battlescope.service.view.ColumnSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * A sortable TableView built from {@link ColumnSpec}s: every cell shows the spec's text, so what the table shows
 * and what {@link #tableData} exports are the same. Rows can be replaced keeping the selection and the rows in
 * view.
 */
public final class SpecTable<R> {
    public static final double ROW_HEIGHT = 24;
    private static final int FIT_ROWS = 200;
    /** Room for the sort arrow in a header and the swatch or padding in a cell. */
    private static final double HEADER_PADDING = 28;
    private static final double CELL_PADDING = 30;
    private final TableView<R> table = new TableView<>();
    private final ObservableList<R> items = FXCollections.observableArrayList();
    private final Function<R, Object> key;
    private final Map<String, Function<ColumnSpec<R>, TableCell<R, R>>> decorations = new HashMap<>();
    private final Text measure = new Text();
    private List<ColumnSpec<R>> specs = List.of();

    /** @param key identifies a row across reloads (e.g. the model id), to restore the selection */
    public SpecTable(String id, Function<R, Object> key) {
        this.key = key;
        table.setId(id);
        TableFit.install(table);
        SortedList<R> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // one row height keeps scrolling long tables cheap
        table.setFixedCellSize(ROW_HEIGHT);
    }

    public TableView<R> view() {
        return table;
    }

    /** A custom cell for one column id (applied by the next {@link #setColumns}). */
    public void decorate(String columnId, Function<ColumnSpec<R>, TableCell<R, R>> cell) {
        decorations.put(columnId, cell);
    }

    /** Same column ids as now: headers are updated in place (the sort stays); other ids: columns are rebuilt. */
    public void setColumns(List<ColumnSpec<R>> newSpecs) {
        List<String> ids = newSpecs.stream().map(ColumnSpec::id).toList();
        boolean same = ids.equals(specs.stream().map(ColumnSpec::id).toList());
        specs = List.copyOf(newSpecs);
        if (same) {
            for (TableColumn<R, ?> c : specColumns()) {
                ColumnSpec<R> s = spec(c.getId());
                c.setText(s.header());
                c.setUserData(s);
            }
            return;
        }
        List<TableColumn<R, ?>> extra = table.getColumns().stream().filter(c -> c.getUserData() == null).toList();
        List<TableColumn<R, ?>> cols = new ArrayList<>();
        for (ColumnSpec<R> s : specs) {
            cols.add(column(s));
        }
        table.getSortOrder().clear();
        table.getColumns().setAll(cols);
        table.getColumns().addAll(extra);
    }

    /** A column that is not one of the specs (e.g. a sparkline), put after column {@code afterId}; not exported. */
    public void addExtraColumn(String afterId, TableColumn<R, ?> column) {
        int at = 0;
        while (at < table.getColumns().size() && !afterId.equals(table.getColumns().get(at).getId())) {
            at++;
        }
        table.getColumns().add(Math.min(at + 1, table.getColumns().size()), column);
    }

    private TableColumn<R, R> column(ColumnSpec<R> s) {
        TableColumn<R, R> c = new TableColumn<>(s.header());
        c.setId(s.id());
        c.setUserData(s);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(s.comparator());
        c.setPrefWidth(Math.ceil(textWidth(s.header()) + HEADER_PADDING));
        Function<ColumnSpec<R>, TableCell<R, R>> decoration = decorations.get(s.id());
        c.setCellFactory(col -> decoration != null ? decoration.apply(spec(col.getId())) : new TextCell<>(this, col.getId()));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static <R> ColumnSpec<R> spec(TableColumn<R, ?> c) {
        return (ColumnSpec<R>) c.getUserData();
    }

    public ColumnSpec<R> spec(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private List<TableColumn<R, ?>> specColumns() {
        return table.getColumns().stream().filter(c -> c.getUserData() != null).toList();
    }

    /** Shows or hides the advanced columns. */
    public void showAdvanced(boolean show) {
        specColumns().forEach(c -> c.setVisible(show || !spec(c).advanced()));
    }

    /**
     * Replaces the rows; with {@code keepState} the selected row and the row at the top of the view stay (found
     * by key, so rows inserted above them do not shift what the user looks at).
     */
    public void setRows(List<R> rows, boolean keepState) {
        R selected = table.getSelectionModel().getSelectedItem();
        Object selectedKey = keepState && selected != null ? key.apply(selected) : null;
        int firstIndex = keepState ? firstVisibleIndex() : -1;
        // at the very top, stay there and let new rows come into view
        Object firstKey = firstIndex > 0 && firstIndex < table.getItems().size()
                ? key.apply(table.getItems().get(firstIndex)) : null;
        items.setAll(rows);
        fitColumns();
        if (selectedKey != null) {
            indexOf(selectedKey).ifPresent(i -> table.getSelectionModel().select(i));
        }
        if (firstKey != null) {
            scrollAfterLayout(firstKey);
        }
    }

    /**
     * The skin keeps its pixel offset when it lays out a new row count, which would let rows inserted above push
     * the user's rows down: once that layout is done, bring the row back to the top.
     */
    private void scrollAfterLayout(Object rowKey) {
        Scene scene = table.getScene();
        if (scene == null) {
            indexOf(rowKey).ifPresent(table::scrollTo);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            indexOf(rowKey).ifPresent(table::scrollTo);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private OptionalInt indexOf(Object rowKey) {
        List<R> shown = table.getItems();
        for (int i = 0; i < shown.size(); i++) {
            if (Objects.equals(key.apply(shown.get(i)), rowKey)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The row at the top of the view: the first one showing more than a hairline. */
    private int firstVisibleIndex() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? topRow(flow) : -1;
    }

    public static int topRow(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return -1;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            IndexedCell<?> c = flow.getVisibleCell(i);
            if (c != null && c.getLayoutY() + c.getHeight() > 0.5) {
                return i;
            }
        }
        return first.getIndex();
    }

    /** Widens each spec column to its header and the text of its first rows (never narrower than now). */
    private void fitColumns() {
        List<R> sample = table.getItems().subList(0, Math.min(FIT_ROWS, table.getItems().size()));
        for (TableColumn<R, ?> c : specColumns()) {
            ColumnSpec<R> s = spec(c.getId());
            double width = textWidth(s.header()) + HEADER_PADDING;
            for (R r : sample) {
                width = Math.max(width, textWidth(s.text().apply(r)) + CELL_PADDING);
            }
            c.setPrefWidth(Math.max(c.getPrefWidth(), Math.ceil(width)));
        }
    }

    private double textWidth(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The rows in the order shown, as the text of the visible spec columns in the order shown. */
    public DataTable tableData(String name) {
        List<ColumnSpec<R>> visible = table.getVisibleLeafColumns().stream()
                .filter(c -> c.getUserData() != null).map(c -> spec(c.getId())).toList();
        return ColumnSpec.table(name, visible, List.copyOf(table.getItems()));
    }

    public String text(String columnId, R row) {
        return spec(columnId).text().apply(row);
    }

    /** A plain text cell, right-aligned for numbers. */
    public static final class TextCell<R> extends TableCell<R, R> {
        private final SpecTable<R> owner;
        private final String columnId;

        TextCell(SpecTable<R> owner, String columnId) {
            this.owner = owner;
            this.columnId = columnId;
            if (owner.spec(columnId).numeric()) {
                getStyleClass().add("numeric");
            }
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : owner.text(columnId, row));
            String full = empty || row == null ? null : owner.spec(columnId).fullText().apply(row);
            setTooltip(full == null || full.equals(getText()) ? null : new Tooltip(full));
        }
    }
}
