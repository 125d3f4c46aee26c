package com.battlescope.service.demo;

import java.nio.file.Path;
import java.util.Map;

/** What a demo run wrote: rows per table (in a fixed order) and the time it took. */
public record DemoResult(Path folder, Map<String, Long> rows, double seconds) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    /** One line for the command line: the folder, the main row counts and the time. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "wrote %s: %,d rows (%,d snapshots, %,d decisions, %,d trades, %,d leaderboard rows) in %.1f s",
                folder, totalRows(), rows("hourly_snapshots"), rows("decision_log"), rows("trade_log"),
                rows("leaderboard_snapshots"), seconds);
    }
}
