package com.battlescope.service.view;

/** Text cells of exported tables, as the CLI writes CSV: empty for null, full precision, infinity as inf. */
final class DecisionCells {
    private DecisionCells() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
        }
        return value.toString();
    }
}
