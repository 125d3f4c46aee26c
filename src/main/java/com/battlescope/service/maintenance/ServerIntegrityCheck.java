package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.PgDatabase;
import com.battlescope.data.ServerWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The integrity check on a server battle: the data contract's row rules ({@link ContractRule}, the same as on a
 * folder) on the schema's tables, and rows that fell into a month table's DEFAULT partition (a time not in the
 * engine's text form). The server's own storage checks (page checksums, amcheck) are the administrator's.
 */
final class ServerIntegrityCheck implements MaintenanceTask {
    private static final int EXAMPLES = 5;

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.CHECK;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        return new MaintenancePlan(action(), "Check schema " + ctx.server().schema(),
                List.of("reads only; changes nothing"), List.of(), List.of(), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        PgDatabase db = ctx.server();
        String schema = db.schema();
        Set<String> tables = ServerTasks.tables(db).stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
        List<List<Object>> problems = new ArrayList<>();
        List<ContractRule> rules = ContractRule.ALL.stream().filter(r -> tables.contains(r.table())).toList();
        for (int i = 0; i < rules.size(); i++) {
            ContractRule rule = rules.get(i);
            ctx.step((double) i / rules.size(), "checking " + rule.table() + ": " + rule.name());
            String from = " FROM " + ServerTasks.qualified(db, rule.table()) + " WHERE " + rule.serverViolation();
            try {
                long n = ((Number) ServerWrites.rows(db, "SELECT COUNT(*)" + from).get(0).get(0)).longValue();
                if (n > 0) {
                    String examples = ServerWrites.rows(db, "SELECT " + rule.key() + from + " ORDER BY 1 LIMIT "
                            + EXAMPLES).stream().map(r -> rule.key() + " " + r.get(0)).collect(Collectors.joining(", "));
                    problems.add(List.of(schema, rule.table(), rule.name(), n, examples));
                }
            } catch (DataAccessException e) {
                problems.add(List.of(schema, rule.table(), rule.name(), 0L, "cannot be checked: " + e.getMessage()));
            }
        }
        for (String table : List.of("hourly_snapshots", "decision_log")) {
            if (tables.contains(table + "_other")) {
                long n = ((Number) ServerWrites.rows(db, "SELECT COUNT(*) FROM "
                        + ServerTasks.qualified(db, table + "_other")).get(0).get(0)).longValue();
                if (n > 0) {
                    problems.add(List.of(schema, table, "time outside the month partitions", n, n
                            + " rows in " + table + "_other (a time not in the engine's text form)"));
                }
            }
        }
        out.file(ctx.folder());
        for (List<Object> p : problems) {
            out.warning(p.get(0) + " " + p.get(1) + ": " + p.get(2) + " (" + p.get(3) + " rows, e.g. " + p.get(4)
                    + ")");
        }
        out.detail(new ResultTable("problems", IntegrityCheck.COLUMNS, problems));
        out.message("schema " + schema + " checked with " + rules.size() + " contract rules: "
                + (problems.isEmpty() ? "no problems" : problems.size() + " problem(s)")
                + "; the server checks its own storage (page checksums, amcheck)");
    }
}
