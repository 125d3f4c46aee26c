package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.Jdbc;
import com.battlescope.data.JdbcException;
import com.battlescope.data.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads every database file of the folder: {@code PRAGMA integrity_check} (or {@code quick_check}),
 * {@code foreign_key_check}, the contract's row rules ({@link ContractRule}) and the freshness of the search index.
 * Writes nothing. Each problem is a warning and a row of the "problems" detail table.
 */
public final class IntegrityCheck implements MaintenanceTask {
    public static final List<String> COLUMNS = List.of("file", "table", "check", "rows", "examples");
    private static final int EXAMPLES = 5;
    private final boolean quick;

    public IntegrityCheck(boolean quick) {
        this.quick = quick;
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.CHECK;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        List<Path> files = files(ctx);
        return new MaintenancePlan(action(), "Check " + files.size() + " file(s)", List.of("reads only; changes nothing"),
                List.of(), List.of(), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        List<Path> files = files(ctx);
        List<List<Object>> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ctx.step((double) i / files.size(), "checking " + file.getFileName());
            out.file(file);
            try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
                Sql.with(db, c -> {
                    check(c, file, problems);
                    return null;
                });
            } catch (DataAccessException e) {
                problems.add(problem(file, "", "opens", 0, e.getMessage()));
            }
        }
        for (List<Object> p : problems) {
            out.warning(p.get(0) + (p.get(1).toString().isEmpty() ? "" : " " + p.get(1)) + ": " + p.get(2)
                    + (((Number) p.get(3)).longValue() > 0 ? " (" + p.get(3) + " rows, e.g. " + p.get(4) + ")"
                    : " — " + p.get(4)));
        }
        out.detail(new ResultTable("problems", COLUMNS, problems));
        out.message(files.size() + " file(s) checked with " + (quick ? "quick_check" : "integrity_check")
                + " and " + ContractRule.ALL.size() + " contract rules: "
                + (problems.isEmpty() ? "no problems" : problems.size() + " problem(s)"));
    }

    private static List<Path> files(MaintenanceContext ctx) {
        Path folder = Files.isRegularFile(ctx.folder()) ? ctx.folder().toAbsolutePath().getParent() : ctx.folder();
        List<Path> files = BattleFiles.presentFiles(folder);
        if (files.isEmpty()) {
            throw new DataAccessException(folder, "no battle database files (metrics_timeseries.db) in this folder");
        }
        return files;
    }

    private void check(Jdbc c, Path file, List<List<Object>> problems) {
        List<List<Object>> integrity = c.rows(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
        if (!(integrity.size() == 1 && "ok".equals(integrity.get(0).get(0)))) {
            // SQLite puts several problems in one row, one per line, under a "*** in database main ***" heading
            for (List<Object> r : integrity) {
                for (String line : String.valueOf(r.get(0)).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("*** in database")) {
                        problems.add(problem(file, "", quick ? "quick_check" : "integrity_check", 0, line.strip()));
                    }
                }
            }
        }
        for (List<Object> r : c.rows("PRAGMA foreign_key_check")) {
            problems.add(problem(file, String.valueOf(r.get(0)), "foreign key", 1, "rowid " + r.get(1)));
        }
        List<String> tables = c.tables("main");
        for (ContractRule rule : ContractRule.ALL) {
            if (tables.contains(rule.table())) {
                checkRule(c, file, rule, problems);
            }
        }
        if (tables.contains("decision_fts") && tables.contains("decision_fts_docsize")) {
            long indexed = c.count("main", "decision_fts_docsize");
            long decisions = c.count("main", "decision_log");
            if (indexed != decisions) {
                problems.add(problem(file, "decision_fts", "search index stale", 0, indexed + " decisions indexed of "
                        + decisions + "; run Build search index"));
            }
        }
    }

    private static void checkRule(Jdbc c, Path file, ContractRule rule, List<List<Object>> problems) {
        String from = " FROM " + Sql.q(rule.table()) + " WHERE " + rule.violation();
        try {
            long n = c.longValue("SELECT COUNT(*)" + from);
            if (n > 0) {
                String examples = c.rows("SELECT " + Sql.q(rule.key()) + from + " LIMIT " + EXAMPLES).stream()
                        .map(r -> rule.key() + " " + r.get(0)).collect(Collectors.joining(", "));
                problems.add(problem(file, rule.table(), rule.name(), n, examples));
            }
        } catch (JdbcException e) {
            problems.add(problem(file, rule.table(), rule.name(), 0, "cannot be checked: " + e.getMessage()));
        }
    }

    /** One problem, on one line (a table cell never holds a line break). */
    private static List<Object> problem(Path file, String table, String check, long rows, String detail) {
        return List.of(file.getFileName().toString(), table, check, rows, detail.replaceAll("\\s*\\R\\s*", " "));
    }
}
