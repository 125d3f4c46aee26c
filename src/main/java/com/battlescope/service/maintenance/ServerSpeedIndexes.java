package com.battlescope.service.maintenance;

import com.battlescope.data.PgDatabase;
import com.battlescope.data.SchemaScripts;
import com.battlescope.data.ServerWrites;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Create speed-up indexes on a server battle: the indexes of {@code sql/postgresql/indexes.sql} that the schema
 * lacks — those added after it was migrated (the partial indexes of the actions). Each is created on the
 * partitioned table, which builds it on every month partition; writers wait meanwhile (the lock CREATE INDEX takes),
 * readers do not. Counts are verified before and after; nothing is dropped.
 */
final class ServerSpeedIndexes implements MaintenanceTask {
    private static final String INDEXES_SQL = "/sql/postgresql/indexes.sql";
    private static final Pattern CREATE = Pattern.compile("CREATE (UNIQUE )?INDEX (\\w+) ON (\\w+) (.*)",
            Pattern.DOTALL);

    /** One index of the script the schema lacks. */
    private record Missing(String name, String table, String unique, String rest) {
        String sql(String schema) {
            return "CREATE " + unique + "INDEX IF NOT EXISTS " + name + " ON " + schema + "." + table + " " + rest;
        }
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SPEED_INDEXES;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        PgDatabase db = ctx.server();
        List<Missing> missing = missing(db);
        List<String> changes = new ArrayList<>();
        List<TableCount> counts = new ArrayList<>();
        for (Missing m : missing) {
            long rows = count(db, m.table());
            changes.add("create index " + m.name() + " on " + m.table() + " (" + rows + " rows) in schema "
                    + db.schema() + ", on every month partition; writers wait while it builds");
        }
        for (String table : tables(missing)) {
            long rows = count(db, table);
            counts.add(new TableCount(db.schema(), table, rows, rows));
        }
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
        List<Missing> missing = missing(db);
        if (missing.isEmpty()) {
            out.message("nothing to do: schema " + db.schema() + " has every index of sql/postgresql/indexes.sql");
            return;
        }
        List<String> tables = tables(missing);
        List<Long> before = tables.stream().map(t -> count(db, t)).toList();
        for (int i = 0; i < missing.size(); i++) {
            Missing m = missing.get(i);
            ctx.step((double) i / missing.size(), "indexing " + m.table() + ": " + m.name());
            ServerWrites.execute(db, List.of(m.sql(db.schema())));
        }
        Set<String> now = indexNames(db);
        for (Missing m : missing) {
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
                + String.join(", ", missing.stream().map(Missing::name).toList()));
    }

    /** The script's indexes on tables the schema has, whose names it lacks. */
    private static List<Missing> missing(PgDatabase db) {
        Set<String> present = indexNames(db);
        Set<String> tables = new HashSet<>();
        for (List<Object> r : ServerTasks.tables(db)) {
            tables.add((String) r.get(0));
        }
        List<Missing> out = new ArrayList<>();
        for (String sql : SchemaScripts.statements(INDEXES_SQL, true)) {
            Matcher m = CREATE.matcher(sql.strip());
            if (m.matches() && tables.contains(m.group(3)) && !present.contains(m.group(2))) {
                out.add(new Missing(m.group(2), m.group(3), m.group(1) == null ? "" : m.group(1), m.group(4)));
            }
        }
        return out;
    }

    private static List<String> tables(List<Missing> missing) {
        return missing.stream().map(Missing::table).distinct().toList();
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
