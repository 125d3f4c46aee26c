package com.battlescope.service.maintenance;

import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerIndexes;
import com.battlescope.data.ServerWrites;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Create speed-up indexes on a server battle: the indexes of {@code sql/postgresql/indexes.sql} that the schema
 * lacks — those added after it was migrated (the partial indexes of the actions). Each is created on the
 * partitioned table, which builds it on every month partition; writers wait meanwhile (the lock CREATE INDEX takes),
 * readers do not. Counts are verified before and after; nothing is dropped.
 */
final class ServerSpeedIndexes implements MaintenanceTask {
    /** The index created on the schema's table (on every partition of a partitioned one), unless it exists. */
    private static String createSql(String schema, ServerIndexes.Index index) {
        return "CREATE " + index.unique() + "INDEX IF NOT EXISTS " + index.name() + " ON " + schema + "."
                + index.table() + " " + index.rest();
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SPEED_INDEXES;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        PgDatabase db = ctx.server();
        List<ServerIndexes.Index> missing = missing(db);
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        tables(missing).forEach(table -> rows.put(table, count(db, table))); // each table counted once
        List<String> changes = new ArrayList<>();
        for (ServerIndexes.Index m : missing) {
            changes.add("create index " + m.name() + " on " + m.table() + " (" + rows.get(m.table())
                    + " rows) in schema " + db.schema() + ", on every month partition; writers wait while it builds");
        }
        List<TableCount> counts = new ArrayList<>();
        rows.forEach((table, n) -> counts.add(new TableCount(db.schema(), table, n, n)));
        if (missing.isEmpty()) {
            changes.add("nothing to do: schema " + db.schema() + " has every index of sql/postgresql/indexes.sql");
        } else {
            changes.add("the schema grows by the size of the new index(es); no row changes, nothing is dropped");
        }
        return new MaintenancePlan(action(), "Create " + missing.size() + " speed-up index(es) in schema "
                + db.schema(), changes, missing.isEmpty() ? List.of() : List.of(ctx.folder()), counts, false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        PgDatabase db = ctx.server();
        List<ServerIndexes.Index> missing = missing(db);
        if (missing.isEmpty()) {
            out.message("nothing to do: schema " + db.schema() + " has every index of sql/postgresql/indexes.sql");
            return;
        }
        List<String> tables = tables(missing);
        List<Long> before = tables.stream().map(t -> count(db, t)).toList();
        for (int i = 0; i < missing.size(); i++) {
            ServerIndexes.Index m = missing.get(i);
            ctx.step((double) i / missing.size(), "indexing " + m.table() + ": " + m.name());
            ServerWrites.execute(db, List.of(createSql(db.schema(), m)));
        }
        Set<String> now = indexNames(db);
        for (ServerIndexes.Index m : missing) {
            if (!now.contains(m.name())) {
                throw new MaintenanceException("schema " + db.schema() + ": index " + m.name()
                        + " is missing after creating it");
            }
        }
        for (int i = 0; i < tables.size(); i++) {
            long after = count(db, tables.get(i));
            if (after != before.get(i)) {
                throw new MaintenanceException("schema " + db.schema() + ": " + tables.get(i) + " had "
                        + before.get(i) + " rows and now has " + after);
            }
            out.count(ctx.folder(), tables.get(i), before.get(i), after);
        }
        out.file(ctx.folder());
        out.message("created " + missing.size() + " index(es) in schema " + db.schema() + ": "
                + String.join(", ", missing.stream().map(ServerIndexes.Index::name).toList()));
    }

    /** The script's indexes on tables the schema has, whose names it lacks. */
    private static List<ServerIndexes.Index> missing(PgDatabase db) {
        Set<String> present = indexNames(db);
        Set<String> tables = new HashSet<>();
        for (List<Object> r : ServerTasks.tables(db)) {
            tables.add((String) r.get(0));
        }
        List<ServerIndexes.Index> out = new ArrayList<>();
        for (ServerIndexes.Index index : ServerIndexes.all()) {
            if (tables.contains(index.table()) && !present.contains(index.name())) {
                out.add(index);
            }
        }
        return out;
    }

    private static List<String> tables(List<ServerIndexes.Index> missing) {
        return missing.stream().map(ServerIndexes.Index::table).distinct().toList();
    }

    private static Set<String> indexNames(PgDatabase db) {
        Set<String> out = new HashSet<>();
        for (List<Object> r : ServerWrites.rows(db, "SELECT indexname::text FROM pg_indexes WHERE schemaname = ?",
                db.schema())) {
            out.add((String) r.get(0));
        }
        return out;
    }

    private static long count(PgDatabase db, String table) {
        return ((Number) ServerWrites.rows(db, "SELECT COUNT(*) FROM " + ServerTasks.qualified(db, table)).get(0)
                .get(0)).longValue();
    }
}
