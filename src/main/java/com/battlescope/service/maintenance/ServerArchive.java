package com.battlescope.service.maintenance;

import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archive of old months on a server battle: every month partition of {@code hourly_snapshots} and
 * {@code decision_log} that ends on or before the cut-off is detached from its table and moved, whole, into the
 * schema {@code <schema>_archive} (created when missing) — no row is copied or deleted, so it takes a moment
 * whatever the size. One transaction; the counts are checked before it commits (the table lost exactly the rows
 * the archive gained). The month holding the cut-off stays.
 */
final class ServerArchive implements MaintenanceTask {
    private static final Pattern BOUNDS = Pattern.compile("FOR VALUES FROM \\('([^']*)'\\) TO \\('([^']*)'\\)");
    private final ArchiveOldData request;

    ServerArchive(ArchiveOldData request) {
        this.request = request;
    }

    /** One month partition to move: its table, name, upper bound and rows. */
    private record Month(String table, String partition, String upTo, long rows) {
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.ARCHIVE;
    }

    private List<Month> months(PgDatabase db) {
        List<Month> months = new ArrayList<>();
        for (List<Object> r : ServerWrites.rows(db, "SELECT parent.relname::text, c.relname::text, "
                + "pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_namespace n ON n.oid = parent.relnamespace "
                + "WHERE n.nspname = ? AND parent.relname IN ('hourly_snapshots', 'decision_log') "
                + "ORDER BY 1, 2", db.schema())) {
            Matcher m = BOUNDS.matcher((String) r.get(2));
            if (m.find() && m.group(2).compareTo(request.bound()) <= 0) {
                String partition = (String) r.get(1);
                long rows = count(db, db.schema() + "." + partition);
                months.add(new Month((String) r.get(0), partition, m.group(2), rows));
            }
        }
        return months;
    }

    private static long count(PgDatabase db, String table) {
        return ((Number) ServerWrites.rows(db, "SELECT COUNT(*) FROM " + table).get(0).get(0)).longValue();
    }

    private static String archive(PgDatabase db) {
        return db.schema() + "_archive";
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        PgDatabase db = ctx.server();
        List<Month> months = months(db);
        List<String> changes = new ArrayList<>();
        changes.add("move " + months.size() + " month partitions ending by " + request.bound() + " into schema "
                + archive(db) + " (detached whole: no row is copied or deleted; one transaction)");
        List<TableCount> counts = new ArrayList<>();
        for (String table : List.of("hourly_snapshots", "decision_log")) {
            long moved = months.stream().filter(m -> m.table().equals(table)).mapToLong(Month::rows).sum();
            long before = count(db, db.schema() + "." + table);
            counts.add(new TableCount(db.schema(), table, before, before - moved));
        }
        for (Month m : months) {
            changes.add("  " + m.table() + ": " + m.partition() + " (" + m.rows() + " rows, before " + m.upTo() + ")");
        }
        return new MaintenancePlan(action(), "Archive old months of schema " + db.schema(), changes,
                List.of(ctx.folder()), counts, false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        PgDatabase db = ctx.server();
        String schema = db.schema();
        String archive = archive(db);
        List<Month> months = months(db);
        if (months.isEmpty()) {
            out.message("no month partition ends by " + request.bound() + ": nothing to archive");
            return;
        }
        long[] before = {count(db, schema + ".hourly_snapshots"), count(db, schema + ".decision_log")};
        List<String> statements = new ArrayList<>();
        statements.add("CREATE SCHEMA IF NOT EXISTS " + archive);
        for (Month m : months) {
            statements.add("ALTER TABLE " + schema + "." + m.table() + " DETACH PARTITION " + schema + "."
                    + m.partition());
            statements.add("ALTER TABLE " + schema + "." + m.partition() + " SET SCHEMA " + archive);
        }
        // checked inside the transaction: a wrong count raises and rolls everything back
        for (int i = 0; i < 2; i++) {
            String table = i == 0 ? "hourly_snapshots" : "decision_log";
            long moved = months.stream().filter(m -> m.table().equals(table)).mapToLong(Month::rows).sum();
            statements.add("DO $$ BEGIN IF (SELECT COUNT(*) FROM " + schema + "." + table + ") <> " + (before[i] - moved)
                    + " THEN RAISE EXCEPTION 'archive: " + table + " would not hold " + (before[i] - moved)
                    + " rows'; END IF; END $$");
        }
        for (Month m : months) {
            statements.add("DO $$ BEGIN IF (SELECT COUNT(*) FROM " + archive + "." + m.partition() + ") <> "
                    + m.rows() + " THEN RAISE EXCEPTION 'archive: " + m.partition() + " lost rows'; END IF; END $$");
        }
        ctx.step(0.1, "moving " + months.size() + " month partitions");
        ServerWrites.transaction(db, statements);
        long moved = months.stream().mapToLong(Month::rows).sum();
        out.file(ctx.folder())
                .count(ctx.folder(), "hourly_snapshots", before[0], count(db, schema + ".hourly_snapshots"))
                .count(ctx.folder(), "decision_log", before[1], count(db, schema + ".decision_log"));
        out.message("archived " + months.size() + " month partitions (" + moved + " rows) into schema " + archive
                + "; counts verified");
    }
}
