package com.battlescope.service.view;

import com.battlescope.model.Stamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a table view, shared by the GUI and the exports so that both show the same text: its header,
 * the cell text of a row, the full text of a cell where the screen shortens it (a time shown to the second whose
 * stamp has microseconds: the tooltip and every export carry the full stamp), the value it sorts by (null sorts
 * last) and whether it is a number (right-aligned) or one of the optional advanced columns.
 */
public record ColumnSpec<R>(String id, String header, Function<R, String> text, Function<R, String> fullText,
                            Function<R, ? extends Comparable<?>> sortKey, boolean numeric, boolean advanced) {

    public static <R> ColumnSpec<R> text(String id, String header, Function<R, String> text) {
        return new ColumnSpec<>(id, header, text, text, text, false, false);
    }

    public static <R> ColumnSpec<R> number(String id, String header, Function<R, String> text,
                                           Function<R, ? extends Comparable<?>> sortKey) {
        return new ColumnSpec<>(id, header, text, text, sortKey, true, false);
    }

    /** A time: shown to the second ({@link Cells#time}), the stamp as written in the tooltip and the exports. */
    public static <R> ColumnSpec<R> time(String id, String header, Function<R, Stamp> time) {
        Function<R, String> full = r -> time.apply(r) == null ? Cells.NONE : time.apply(r).text();
        return new ColumnSpec<>(id, header, r -> Cells.time(time.apply(r)), full, time, true, false);
    }

    public ColumnSpec<R> asAdvanced() {
        return new ColumnSpec<>(id, header, text, fullText, sortKey, numeric, true);
    }

    /** Orders rows by this column's sort key, nulls last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<R> comparator() {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        return Comparator.comparing(r -> (Comparable) sortKey.apply(r), Comparator.nullsLast(natural));
    }

    /** The rows as text cells (the full text) under these columns' headers. */
    public static <R> com.battlescope.model.DataTable table(String name, List<ColumnSpec<R>> columns, List<R> rows) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (R r : rows) {
            cells.add(columns.stream().map(c -> c.fullText().apply(r)).toList());
        }
        return new com.battlescope.model.DataTable(name, columns.stream().map(ColumnSpec::header).toList(), cells);
    }
}
