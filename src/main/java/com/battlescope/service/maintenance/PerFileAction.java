package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An action that runs one statement on each database file of the folder and must leave every row where it was:
 * it records the row counts of every table before and after, and warns if any differs.
 */
abstract class PerFileAction implements MaintenanceTask {

    /** The change on one file, for the plan. */
    abstract String describe(Jdbc c, Path file);

    /** Does the work on one file (autocommit connection); returns the line for the result. */
    abstract String apply(Jdbc c, Path file, ResultBuilder out);

    /** Runs after the file's connection is closed (sizes settle then); returns an extra line or null. */
    String afterClose(Path file) {
        return null;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        List<String> changes = new ArrayList<>();
        List<TableCount> counts = new ArrayList<>();
        for (Path file : ctx.files().present()) {
            ctx.read(file, c -> {
                changes.add(describe(c, file));
                c.counts("main").forEach((t, n) -> counts.add(new TableCount(file.getFileName().toString(), t, n,
                        n)));
                return null;
            });
        }
        changes.add("no rows change");
        return new MaintenancePlan(action(), action().title() + " of " + ctx.files().present().size() + " file(s)",
                changes, ctx.files().present(), counts, false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        List<Path> files = ctx.files().present();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ctx.report((double) i / files.size(), action().title() + ": " + file.getFileName());
            try (SqliteDatabase db = ctx.openWritable(file)) {
                String line = Sql.with(db, c -> {
                    Map<String, Long> before = c.counts("main");
                    String text = apply(c, file, out);
                    Map<String, Long> after = c.counts("main");
                    before.forEach((t, n) -> {
                        long m = after.getOrDefault(t, 0L);
                        out.count(file, t, n, m);
                        if (m != n) {
                            out.warning(file.getFileName() + ": " + t + " had " + n + " rows and now has " + m);
                        }
                    });
                    return text;
                });
                out.file(file).message(line);
            }
            String extra = afterClose(file);
            if (extra != null) {
                out.message(extra);
            }
        }
        ctx.report(1, action().title() + " done");
    }
}
