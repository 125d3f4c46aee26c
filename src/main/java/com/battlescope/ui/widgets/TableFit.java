package com.battlescope.ui.widgets;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Widens a table's columns, after the table is laid out with the theme's real fonts, so that no column header and no
 * short cell on screen is cut with an ellipsis. Headers always fit (with room for the sort arrow); cells widen a
 * column up to {@link #MAX_CELL_WIDTH}, so a long free-text column (reasoning) still ends in an ellipsis. Columns
 * only ever widen; a fit runs once after a layout the table asked for (new rows, columns, sorting, scrolling).
 */
public final class TableFit {
    /** A cell never widens its column beyond this. */
    public static final double MAX_CELL_WIDTH = 360;
    /** Room for the sort arrow a header shows once the column is sorted. */
    static final double SORT_ARROW = 18;
    private static final double MARGIN = 6;
    private static final int MAX_PASSES = 4;
    private static final String PENDING = TableFit.class.getName() + ".pending";
    private static final String WAITING = TableFit.class.getName() + ".waiting";

    private TableFit() {
    }

    /** Keeps every header of {@code table} readable from now on. */
    public static void install(TableView<?> table) {
        table.getColumns().addListener((ListChangeListener<Object>) c -> schedule(table, MAX_PASSES));
        table.getVisibleLeafColumns().addListener((ListChangeListener<Object>) c -> schedule(table, MAX_PASSES));
        if (table.getItems() != null) {
            table.getItems().addListener((ListChangeListener<Object>) c -> schedule(table, MAX_PASSES));
        }
        table.itemsProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.addListener((ListChangeListener<Object>) c -> schedule(table, MAX_PASSES));
            }
            schedule(table, MAX_PASSES);
        });
        table.skinProperty().addListener((o, a, b) -> schedule(table, MAX_PASSES));
        // new rows, sorting, scrolling: each asks for a layout; the fit after it costs a look at the cells on screen
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) {
                schedule(table, MAX_PASSES);
            }
        });
        table.sceneProperty().addListener((o, a, b) -> schedule(table, MAX_PASSES));
        schedule(table, MAX_PASSES);
    }

    private static void schedule(TableView<?> table, int passes) {
        Scene scene = table.getScene();
        if (scene == null || passes <= 0) {
            return;
        }
        if (table.getProperties().remove(WAITING) instanceof Runnable stopWaiting) {
            stopWaiting.run();
        }
        Node hidden = hiddenAncestor(table);
        if (hidden != null) {
            // a page not on screen (another tab) has no laid-out cells: fit when it shows
            ChangeListener<Boolean> shown = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean visible) {
                    if (visible) {
                        hidden.visibleProperty().removeListener(this);
                        table.getProperties().remove(WAITING);
                        schedule(table, passes);
                    }
                }
            };
            hidden.visibleProperty().addListener(shown);
            table.getProperties().put(WAITING, (Runnable) () -> hidden.visibleProperty().removeListener(shown));
            return;
        }
        if (table.getProperties().containsKey(PENDING)) {
            return;
        }
        table.getProperties().put(PENDING, Boolean.TRUE);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            table.getProperties().remove(PENDING);
            if (fit(table)) {
                schedule(table, passes - 1);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static Node hiddenAncestor(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return n;
            }
        }
        return null;
    }

    /** One pass: widens every column whose header or a visible cell is cut. True when another pass is needed. */
    static boolean fit(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> need = new HashMap<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null
                    && h.getTableColumn().getColumns().isEmpty() && h.lookup(".label") instanceof Labeled label
                    && label.getText() != null && !label.getText().isEmpty()) {
                double insets = h.snappedLeftInset() + h.snappedRightInset();
                need.merge(h.getTableColumn(), label.prefWidth(-1) + insets + SORT_ARROW + MARGIN, Math::max);
            }
        }
        boolean cells = false;
        for (Node n : table.lookupAll(".table-cell")) {
            cells |= n instanceof TableCell<?, ?> c && !c.isEmpty();
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && isCut(cell)) {
                double wanted = Math.min(MAX_CELL_WIDTH, contentWidth(cell) + MARGIN);
                need.merge(cell.getTableColumn(), wanted, Math::max);
            }
        }
        boolean changed = false;
        for (Map.Entry<TableColumnBase<?, ?>, Double> e : need.entrySet()) {
            TableColumnBase<?, ?> column = e.getKey();
            double wanted = Math.ceil(e.getValue());
            if (column.isVisible() && column.isResizable() && column.getWidth() + 0.5 < wanted) {
                double width = Math.min(column.getMaxWidth(), wanted);
                column.setPrefWidth(width);
                if (table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                    // a constrained policy shares out the table's width and would give the room away again
                    column.setMinWidth(width);
                }
                changed = true;
            }
        }
        // rows but no cells yet: the skin creates them on a later pulse, look again then
        return changed || (!cells && table.getItems() != null && !table.getItems().isEmpty());
    }

    /** Text, graphic and padding of a cell (its own prefWidth is the column's width, so it cannot tell). */
    public static double contentWidth(Labeled cell) {
        Text text = new Text(cell.getText());
        text.setFont(cell.getFont());
        double width = text.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset();
        Node graphic = cell.getGraphic();
        if (graphic != null) {
            width += graphic.prefWidth(-1) + cell.getGraphicTextGap();
        }
        return width;
    }

    /** True when a labelled control shows its text shortened (an ellipsis, or clipped to nothing). */
    public static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        Node shown = labeled.lookup(".text");
        return shown instanceof Text t && !text.equals(t.getText());
    }
}
