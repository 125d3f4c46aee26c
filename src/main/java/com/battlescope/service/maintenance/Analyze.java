package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import java.nio.file.Path;

/** {@code ANALYZE} of each database file: table and index statistics for SQLite's query planner. */
public final class Analyze extends PerFileAction {

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.ANALYZE;
    }

    @Override
    String describe(Jdbc c, Path file) {
        return "write query-planner statistics of " + c.tables("main").size() + " tables to sqlite_stat1 in "
                + file.getFileName();
    }

    @Override
    String apply(Jdbc c, Path file, ResultBuilder out) {
        c.execute("ANALYZE");
        long stats = c.longValue("SELECT COUNT(*) FROM sqlite_stat1");
        return file.getFileName() + ": analyzed (" + stats + " statistics rows)";
    }
}
