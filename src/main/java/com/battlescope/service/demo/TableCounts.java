package com.battlescope.service.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows written per table. */
final class TableCounts {
    static final String[] TABLES = {"hourly_snapshots", "decision_log", "trade_log", "current_standings",
        "leaderboard_snapshots", "daily_summaries", "weekly_summaries", "monthly_summaries"};

    private final Map<String, Long> counts = new LinkedHashMap<>();

    TableCounts() {
        for (String t : TABLES) {
            counts.put(t, 0L);
        }
    }

    void add(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    Map<String, Long> asMap() {
        return Map.copyOf(counts);
    }

    Map<String, Long> ordered() {
        return new LinkedHashMap<>(counts);
    }
}
