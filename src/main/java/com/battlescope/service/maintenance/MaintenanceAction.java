package com.battlescope.service.maintenance;

import java.util.Locale;

/** The maintenance actions, with their command-line names and whether they change the battle's databases. */
public enum MaintenanceAction {
    SNAPSHOT("snapshot", "Snapshot leaderboard", true),
    STANDINGS("standings", "Recompute current standings", true),
    SUMMARIES("summaries", "Rebuild summaries", true),
    ARCHIVE("archive", "Archive old data", true),
    VACUUM("vacuum", "VACUUM", true),
    ANALYZE("analyze", "ANALYZE", true),
    CHECK("check", "Integrity check", false),
    CHECKPOINT("checkpoint", "WAL checkpoint", true),
    BACKUP("backup", "Backup", false),
    STATS("stats", "Database statistics", false),
    SCHEMA("schema", "Apply schema", true),
    SEARCH_INDEX("search-index", "Build search index", true),
    SPEED_INDEXES("speed-indexes", "Create speed-up indexes", true),
    RECOVER("recover", "Recover interrupted write", true);

    private final String command;
    private final String title;
    private final boolean writes;

    MaintenanceAction(String command, String title, boolean writes) {
        this.command = command;
        this.title = title;
        this.writes = writes;
    }

    /** The {@code maintain} subcommand name. */
    public String command() {
        return command;
    }

    public String title() {
        return title;
    }

    /** True when the action changes the battle's own database files (backup only writes new files). */
    public boolean writes() {
        return writes;
    }

    public static MaintenanceAction fromCommand(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (MaintenanceAction a : values()) {
            if (a.command.equals(t) || a.name().equalsIgnoreCase(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown maintenance action '" + text + "'");
    }
}
