package com.battlescope.data.index;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.SqliteDatabase;

/** An engine table that index parts read, with the file of a battle folder that holds it. */
public enum IndexSource {
    DECISIONS("decision_log"),
    SNAPSHOTS("hourly_snapshots"),
    TRADES("trade_log");

    private final String table;

    IndexSource(String table) {
        this.table = table;
    }

    /** The engine table. */
    public String table() {
        return table;
    }

    /** The schema the source's file is attached under on the index connection ({@code src_decisions}). */
    public String schema() {
        return "src_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code src_decisions.decision_log}: the table as a part's SQL names it. */
    public String qualified() {
        return schema() + "." + table;
    }

    /** The file of the folder this source is read from (decisions may live in the metrics file). */
    public SqliteDatabase database(BattleFolder folder) {
        return this == DECISIONS ? folder.decisions() : folder.metrics();
    }

    /** Whether the folder has the table at all. */
    public boolean present(BattleFolder folder) {
        return switch (this) {
            case DECISIONS -> folder.hasDecisions();
            case SNAPSHOTS -> true;
            case TRADES -> folder.hasTrades();
        };
    }
}
