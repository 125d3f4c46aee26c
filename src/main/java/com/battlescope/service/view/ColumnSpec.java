package com.battlescope.service.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a table view, shared by the GUI and the exports so that both show the same text: its header,
 * the cell text of a row, the value it sorts by (null sorts last) and whether it is a number (right-aligned)
 * or one of the optional advanced columns.
 */
public record ColumnSpec<R>(String id, String header, Function<R, String> text,
                            Function<R, ? extends Comparable<?>> sortKey, boolean numeric, boolean advanced) {

    public static <R> ColumnSpec<R> text(String id, String header, Function<R, String> text) {
        return new ColumnSpec<>(id, header, text, text, false, false);
    }

    public static <R> ColumnSpec<R> number(String id, String header, Function<R, String> text,
                                           Function<R, ? extends Comparable<?>> sortKey) {
        return new ColumnSpec<>(id, header, text, sortKey, true, false);
    }

    public ColumnSpec<R> asAdvanced() {
        return new ColumnSpec<>(id, header, text, sortKey, numeric, true);
    }

    /** Orders rows by this column's sort key, nulls last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<R> comparator() {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        return Comparator.comparing(r -> (Comparable) sortKey.apply(r), Comparator.nullsLast(natural));
    }

    /** The rows as text cells under these columns' headers. */
    public static <R> com.battlescope.model.DataTable table(String name, List<ColumnSpec<R>> columns, List<R> rows) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (R r : rows) {
            cells.add(columns.stream().map(c -> c.text().apply(r)).toList());
        }
        return new com.battlescope.model.DataTable(name, columns.stream().map(ColumnSpec::header).toList(), cells);
    }
}
