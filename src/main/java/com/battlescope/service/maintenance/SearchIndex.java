package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.service.view.Cells;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The full-text index over decision reasoning: an FTS5 table {@code decision_fts} with {@code decision_log} as its
 * external content ({@code rowid} = decision id, as the decision log's search expects), created or rebuilt in the
 * file the decisions are read from. With triggers the index follows every insert, update and delete; the
 * engine's SQLite then needs FTS5 too (Python's standard builds have it). Without, rerun it to catch up.
 */
public final class SearchIndex implements MaintenanceTask {
    static final String TABLE = "decision_fts";
    static final List<String> TRIGGERS = List.of("decision_fts_ai", "decision_fts_ad", "decision_fts_au");
    private static final String CREATE = "CREATE VIRTUAL TABLE decision_fts USING fts5(reasoning, "
            + "content='decision_log', content_rowid='id')";
    private static final List<String> TRIGGER_SQL = List.of(
            "CREATE TRIGGER IF NOT EXISTS decision_fts_ai AFTER INSERT ON decision_log BEGIN "
                    + "INSERT INTO decision_fts(rowid, reasoning) VALUES (new.id, new.reasoning); END",
            "CREATE TRIGGER IF NOT EXISTS decision_fts_ad AFTER DELETE ON decision_log BEGIN "
                    + "INSERT INTO decision_fts(decision_fts, rowid, reasoning) VALUES ('delete', old.id, old.reasoning);"
                    + " END",
            "CREATE TRIGGER IF NOT EXISTS decision_fts_au AFTER UPDATE OF reasoning ON decision_log BEGIN "
                    + "INSERT INTO decision_fts(decision_fts, rowid, reasoning) VALUES ('delete', old.id, old.reasoning);"
                    + " INSERT INTO decision_fts(rowid, reasoning) VALUES (new.id, new.reasoning); END");

    private final boolean triggers;

    public SearchIndex(boolean triggers) {
        this.triggers = triggers;
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SEARCH_INDEX;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Path file = ctx.files().decisions();
        List<String> changes = new ArrayList<>();
        long[] n = ctx.read(file, c -> {
            Set<String> objects = requireDecisions(c, file);
            boolean exists = objects.contains(TABLE);
            long decisions = c.count("main", "decision_log");
            long reasoning = c.longValue("SELECT COALESCE(SUM(LENGTH(reasoning)), 0) FROM decision_log");
            changes.add((exists ? "rebuild the full-text index " : "create the FTS5 full-text index ") + TABLE
                    + " over the reasoning of " + decisions + " decisions (" + Cells.bytes(reasoning) + " of text) in "
                    + file.getFileName());
            if (triggers && !objects.containsAll(TRIGGERS)) {
                changes.add("create triggers " + String.join(", ", TRIGGERS) + " on decision_log so the index follows "
                        + "new rows (the engine's SQLite must then have FTS5, as Python's standard builds do)");
            } else if (!triggers && !objects.containsAll(TRIGGERS)) {
                changes.add("no triggers: rows written later are found only after the index is rebuilt");
            }
            return new long[] {exists ? c.count("main", TABLE + "_docsize") : 0, decisions};
        });
        return new MaintenancePlan(action(), "Build the search index over decision reasoning", changes, List.of(file),
                List.of(new TableCount(file.getFileName().toString(), TABLE, n[0], n[1])), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path file = ctx.files().decisions();
        ctx.report(-1, "indexing the reasoning of every decision in " + file.getFileName());
        try (SqliteDatabase db = ctx.openWritable(file)) {
            long[] n = Sql.with(db, c -> {
                Set<String> objects = requireDecisions(c, file);
                boolean exists = objects.contains(TABLE);
                long before = exists ? c.count("main", TABLE + "_docsize") : 0;
                c.transaction(tx -> {
                    if (!exists) {
                        tx.execute(CREATE);
                    }
                    tx.execute("INSERT INTO decision_fts(decision_fts) VALUES ('rebuild')");
                    if (triggers) {
                        for (String sql : TRIGGER_SQL) {
                            tx.execute(sql);
                        }
                    }
                    return null;
                });
                boolean hasTriggers = c.objects("main").containsAll(TRIGGERS);
                return new long[] {exists ? 1 : 0, before, c.count("main", TABLE + "_docsize"),
                        c.count("main", "decision_log"), hasTriggers ? 1 : 0};
            });
            out.file(file).count(file, TABLE, n[1], n[2]);
            out.message((n[0] == 1 ? "rebuilt " : "created ") + TABLE + " in " + file.getFileName() + ": " + n[2]
                    + " of " + n[3] + " decisions indexed");
            out.message(n[4] == 1 ? "triggers keep the index current as decisions are written"
                    : "no triggers: rerun after new decisions are written to find them");
        }
    }

    private static Set<String> requireDecisions(Jdbc c, Path file) {
        Set<String> objects = c.objects("main");
        if (!objects.contains("decision_log")) {
            throw new MaintenanceException(file + ": no decision_log table to index");
        }
        return objects;
    }
}
