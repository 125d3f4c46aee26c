package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SchemaScripts;
import com.battlescope.data.SqliteDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the contract's indexes and views that a file lacks, from the {@code sql/} scripts: never a table (a new
 * empty table would change which file the data is read from) and never a drop. Each object goes into the file that
 * holds its table: metrics indexes into the metrics file, leaderboard indexes and views wherever the leaderboard
 * tables are, decision indexes and {@code decision_comparison} wherever the decisions are read from.
 */
public final class ApplySchema implements MaintenanceTask {
    private static final Pattern INDEX = Pattern.compile("^CREATE INDEX IF NOT EXISTS (\\w+) ON (\\w+)");
    private static final Pattern VIEW = Pattern.compile("^CREATE VIEW IF NOT EXISTS (\\w+) AS.*?\\bFROM (\\w+)",
            Pattern.DOTALL);

    /** One index or view to create. */
    record SchemaObject(String kind, String name, String table, String sql) {
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.SCHEMA;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        Map<Path, List<SchemaObject>> missing = missing(ctx);
        List<String> changes = new ArrayList<>();
        missing.forEach((file, objects) -> objects.forEach(o -> changes.add("create " + o.kind() + " " + o.name()
                + " on " + o.table() + " in " + file.getFileName())));
        if (changes.isEmpty()) {
            changes.add("nothing to do: every index and view of the contract is present");
        }
        int n = missing.values().stream().mapToInt(List::size).sum();
        return new MaintenancePlan(action(), "Create " + n + " missing index(es) and view(s)", changes,
                List.copyOf(missing.keySet()), List.of(), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Map<Path, List<SchemaObject>> missing = missing(ctx);
        int created = 0;
        for (Map.Entry<Path, List<SchemaObject>> e : missing.entrySet()) {
            Path file = e.getKey();
            try (SqliteDatabase db = ctx.openWritable(file)) {
                Sql.with(db, c -> {
                    c.transaction(tx -> {
                        for (SchemaObject o : e.getValue()) {
                            tx.execute(o.sql());
                        }
                        return null;
                    });
                    return null;
                });
            }
            out.file(file);
            for (SchemaObject o : e.getValue()) {
                out.message("created " + o.kind() + " " + o.name() + " on " + o.table() + " in " + file.getFileName());
            }
            created += e.getValue().size();
        }
        out.message(created == 0 ? "nothing to do: every index and view of the contract is present"
                : "created " + created + " index(es) and view(s); nothing was dropped");
    }

    /** Missing objects per file, in script order; only files with something missing. */
    static Map<Path, List<SchemaObject>> missing(MaintenanceContext ctx) {
        BattleFiles files = ctx.files();
        Map<Path, List<String>> scripts = new LinkedHashMap<>();
        scripts.computeIfAbsent(files.metrics(), f -> new ArrayList<>()).add(SchemaScripts.METRICS);
        scripts.computeIfAbsent(files.leaderboard(), f -> new ArrayList<>()).add(SchemaScripts.LEADERBOARD);
        scripts.computeIfAbsent(files.decisions(), f -> new ArrayList<>()).add(SchemaScripts.DECISIONS);
        Map<Path, List<SchemaObject>> missing = new LinkedHashMap<>();
        scripts.forEach((file, list) -> {
            List<SchemaObject> objects = ctx.read(file, c -> missingIn(c, list));
            if (!objects.isEmpty()) {
                missing.put(file, objects);
            }
        });
        return missing;
    }

    private static List<SchemaObject> missingIn(Jdbc c, List<String> scripts) {
        Set<String> present = c.objects("main");
        List<String> tables = c.tables("main");
        List<SchemaObject> out = new ArrayList<>();
        for (String script : scripts) {
            for (String sql : SchemaScripts.statements(script, true)) {
                SchemaObject o = parse(sql);
                if (o != null && tables.contains(o.table()) && !present.contains(o.name())
                        && out.stream().noneMatch(x -> x.name().equals(o.name()))) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static SchemaObject parse(String sql) {
        Matcher i = INDEX.matcher(sql);
        if (i.find()) {
            return new SchemaObject("index", i.group(1), i.group(2), sql);
        }
        Matcher v = VIEW.matcher(sql);
        if (v.find()) {
            return new SchemaObject("view", v.group(1), v.group(2), sql);
        }
        return null;
    }
}
