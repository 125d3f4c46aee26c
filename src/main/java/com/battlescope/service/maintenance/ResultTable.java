package com.battlescope.service.maintenance;

import java.util.List;

/** A small table of an action's details (statistics, problems found); cells are String, Long, Double or null. */
public record ResultTable(String name, List<String> columns, List<List<Object>> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
