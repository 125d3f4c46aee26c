package com.battlescope.model;

import java.util.List;

/** The data behind a table or chart as text cells (times as stored), ready for CSV or clipboard export. */
public record DataTable(String name, List<String> headers, List<List<String>> rows) {
    public DataTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
