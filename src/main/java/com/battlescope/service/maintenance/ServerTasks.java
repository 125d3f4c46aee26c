package com.battlescope.service.maintenance;

import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerWrites;
import com.battlescope.service.view.Cells;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The maintenance actions on a server battle (a schema on PostgreSQL). Those that compute from the battle —
 * snapshot leaderboard, recompute standings, rebuild summaries — are the very same tasks as on a folder (their
 * writes go to the schema in one transaction). Statistics, ANALYZE, VACUUM, the integrity check, backup and archive
 * have server forms here, and speed-up indexes creates the indexes of sql/postgresql/indexes.sql a schema migrated
 * before them lacks; the SQLite-only ones (WAL checkpoint, recover, apply schema, search index) say why they do not
 * apply.
 */
final class ServerTasks {
    /** The catalogue's tables of the battle schema (partitioned parents and plain tables, not the partitions). */
    private static final String TABLES = "SELECT c.relname::text, c.oid, c.relkind = 'p' FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p') "
            + "AND NOT c.relispartition ORDER BY c.relname";

    private ServerTasks() {
    }

    /** The task's server form; throws {@link MaintenanceException} saying why when it has none. */
    static MaintenanceTask of(MaintenanceTask task) {
        return switch (task.action()) {
            case SNAPSHOT, STANDINGS, SUMMARIES -> task;
            case STATS -> new Statistics();
            case ANALYZE -> new Statements(MaintenanceAction.ANALYZE, "ANALYZE",
                    "refresh the query planner's statistics of");
            case VACUUM -> new Statements(MaintenanceAction.VACUUM, "VACUUM (ANALYZE)",
                    "reclaim dead rows and refresh the statistics of");
            case CHECK -> new ServerIntegrityCheck();
            case BACKUP -> new ServerBackupTask((Backup) task);
            case ARCHIVE -> new ServerArchive((ArchiveOldData) task);
            case CHECKPOINT -> throw notHere(task, "PostgreSQL checkpoints its write-ahead log itself");
            case RECOVER -> throw notHere(task, "PostgreSQL rolls an interrupted transaction back itself when it "
                    + "restarts (crash recovery); a failed migrate leaves the schema as it was");
            case SCHEMA -> throw notHere(task, "migrate creates the schema's tables, month partitions and indexes "
                    + "(sql/postgresql)");
            case SEARCH_INDEX -> throw notHere(task, "the schema's GIN index on the reasoning's words, made by "
                    + "migrate, serves search and stays current by itself");
            case SPEED_INDEXES -> new ServerSpeedIndexes();
        };
    }

    private static MaintenanceException notHere(MaintenanceTask task, String why) {
        return new MaintenanceException(task.action().title() + " does not apply to a server battle: " + why);
    }

    /** Table name, oid and whether it is partitioned, of each table of the battle's schema. */
    static List<List<Object>> tables(PgDatabase db) {
        return ServerWrites.rows(db, TABLES, db.schema());
    }

    /** {@code schema.table}; both are plain lower-case names (the schema is checked when parsed, tables are ours). */
    static String qualified(PgDatabase db, String table) {
        return db.schema() + "." + table;
    }

    /** ANALYZE or VACUUM of each table of the schema (partitions included), one statement each, in auto-commit. */
    static final class Statements implements MaintenanceTask {
        private final MaintenanceAction action;
        private final String command;
        private final String does;

        Statements(MaintenanceAction action, String command, String does) {
            this.action = action;
            this.command = command;
            this.does = does;
        }

        @Override
        public MaintenanceAction action() {
            return action;
        }

        @Override
        public MaintenancePlan plan(MaintenanceContext ctx) {
            List<String> names = tables(ctx.server()).stream().map(r -> (String) r.get(0)).toList();
            return new MaintenancePlan(action, command + " of " + names.size() + " tables of schema "
                    + ctx.server().schema(), List.of(does + " " + String.join(", ", names)
                    + "; readers and writers go on meanwhile"), List.of(ctx.folder()), List.of(), false);
        }

        @Override
        public void run(MaintenanceContext ctx, ResultBuilder out) {
            PgDatabase db = ctx.server();
            List<List<Object>> tables = tables(db);
            long before = schemaBytes(db);
            for (int i = 0; i < tables.size(); i++) {
                String table = (String) tables.get(i).get(0);
                ctx.step((double) i / tables.size(), command + " " + table);
                ServerWrites.execute(db, List.of(command + " " + qualified(db, table)));
            }
            out.file(ctx.folder());
            out.message(command + ": " + tables.size() + " tables of schema " + db.schema() + " ("
                    + Cells.bytes(before) + " → " + Cells.bytes(schemaBytes(db)) + ")");
        }
    }

    /** Bytes of every table of the schema with its indexes and TOAST. */
    static long schemaBytes(PgDatabase db) {
        return ((Number) ServerWrites.rows(db, "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'",
                db.schema()).get(0).get(0)).longValue();
    }

    /**
     * Sizes (pg_total_relation_size over each table's partitions), exact row counts, the indexes, and the main
     * queries' EXPLAIN verdicts (index or sequential scan) and times — the detail tables the statistics window
     * shows for a folder, with the schema in place of the files.
     */
    static final class Statistics implements MaintenanceTask {
        static final List<String> FILES = List.of("schema", "size_bytes", "tables", "partitions", "server");
        static final List<String> TABLE_COLUMNS = List.of("schema", "table", "rows", "partitions", "indexes",
                "table_bytes", "index_bytes", "total_bytes");
        static final List<String> INDEXES = List.of("schema", "table", "index", "columns", "unique", "size_bytes");

        @Override
        public MaintenanceAction action() {
            return MaintenanceAction.STATS;
        }

        @Override
        public MaintenancePlan plan(MaintenanceContext ctx) {
            return new MaintenancePlan(action(), "Statistics of schema " + ctx.server().schema(),
                    List.of("reads only; changes nothing"), List.of(), List.of(), false);
        }

        @Override
        public void run(MaintenanceContext ctx, ResultBuilder out) {
            PgDatabase db = ctx.server();
            String schema = db.schema();
            List<List<Object>> tableRows = new ArrayList<>();
            List<List<Object>> indexRows = new ArrayList<>();
            long totalRows = 0;
            long totalBytes = 0;
            long partitions = 0;
            List<List<Object>> tables = tables(db);
            for (int i = 0; i < tables.size(); i++) {
                String table = (String) tables.get(i).get(0);
                ctx.step(0.5 * i / tables.size(), "counting " + table);
                List<Object> sizes = ServerWrites.rows(db, "SELECT COUNT(*) - 1, SUM(pg_relation_size(relid)), "
                        + "SUM(pg_indexes_size(relid)), SUM(pg_total_relation_size(relid)) "
                        + "FROM pg_partition_tree(?::regclass)", qualified(db, table)).get(0);
                long rows = ((Number) ServerWrites.rows(db, "SELECT COUNT(*) FROM " + qualified(db, table)).get(0)
                        .get(0)).longValue();
                List<List<Object>> indexes = ServerWrites.rows(db, "SELECT i.indexname::text, i.indexdef, "
                        + "ix.indisunique, COALESCE((SELECT SUM(pg_relation_size(relid)) FROM "
                        + "pg_partition_tree(c.oid)), 0) FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname "
                        + "AND c.relnamespace = ?::regnamespace JOIN pg_index ix ON ix.indexrelid = c.oid "
                        + "WHERE i.schemaname = ? AND i.tablename = ? ORDER BY i.indexname", schema, schema, table);
                long parts = ((Boolean) tables.get(i).get(2)) ? ((Number) sizes.get(0)).longValue() : 0;
                partitions += parts;
                totalRows += rows;
                totalBytes += number(sizes.get(3));
                tableRows.add(List.of(schema, table, rows, parts, (long) indexes.size(), number(sizes.get(1)),
                        number(sizes.get(2)), number(sizes.get(3))));
                for (List<Object> ix : indexes) {
                    String def = (String) ix.get(1);
                    String cols = def.substring(def.indexOf(" USING ") + 7);
                    indexRows.add(List.of(schema, table, ix.get(0), cols, (Boolean) ix.get(2) ? "yes" : "no",
                            number(ix.get(3))));
                }
            }
            String version = (String) ServerWrites.rows(db, "SELECT current_setting('server_version')").get(0).get(0);
            out.detail(new ResultTable("files", FILES, List.of(List.of(schema, totalBytes, (long) tables.size(),
                    partitions, "PostgreSQL " + version))));
            out.detail(new ResultTable("tables", TABLE_COLUMNS, tableRows));
            out.detail(new ResultTable("indexes", INDEXES, indexRows));
            DatabaseStatistics.QueryTotals q = DatabaseStatistics.measureQueries(ctx, out);
            out.detail(new ResultTable("growth", DatabaseStatistics.GROWTH, List.of()));
            out.message(String.format(Locale.ROOT, "schema %s on PostgreSQL %s, %s; %d rows in %d tables (%d month "
                            + "partitions); %d main queries: %d scan, slowest %.1f ms", schema, version,
                    Cells.bytes(totalBytes), totalRows, tables.size(), partitions, q.queries(), q.scans(), q.slowest()));
        }

        private static long number(Object o) {
            return o == null ? 0 : ((Number) o).longValue();
        }
    }
}
