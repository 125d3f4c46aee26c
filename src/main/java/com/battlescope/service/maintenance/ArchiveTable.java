package com.battlescope.service.maintenance;

import java.nio.file.Path;
import java.util.Locale;

/** The tables an archive can move, each with the time column that decides what is "older". */
public enum ArchiveTable {
    SNAPSHOTS("hourly_snapshots", "timestamp"),
    DECISIONS("decision_log", "timestamp"),
    TRADES("trade_log", "exit_time"),
    LEADERBOARD("leaderboard_snapshots", "snapshot_time");

    private final String table;
    private final String timeColumn;

    ArchiveTable(String table, String timeColumn) {
        this.table = table;
        this.timeColumn = timeColumn;
    }

    public String table() {
        return table;
    }

    public String timeColumn() {
        return timeColumn;
    }

    /** The file this table is read from, by the contract's rules. */
    Path source(BattleFiles files) {
        return switch (this) {
            case SNAPSHOTS, TRADES -> files.metrics();
            case DECISIONS -> files.decisions();
            case LEADERBOARD -> files.leaderboard();
        };
    }

    /** {@code snapshots}, {@code decisions}, {@code trades}, {@code leaderboard} (or the table name). */
    public static ArchiveTable fromText(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ArchiveTable a : values()) {
            if (a.name().equalsIgnoreCase(t) || a.table.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown table '" + text + "' (snapshots, decisions, trades, leaderboard)");
    }
}
