package com.battlescope.service.maintenance;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code ANALYZE} of each database file: table and index statistics for SQLite's query planner. */
public final class Analyze extends PerFileAction {

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.ANALYZE;
    }

    @Override
    String describe(Connection c, Path file) throws SQLException {
        return "write query-planner statistics of " + Sql.tables(c, "main").size() + " tables to sqlite_stat1 in "
                + file.getFileName();
    }

    @Override
    String apply(Connection c, Path file, ResultBuilder out) throws SQLException {
        Sql.execute(c, "ANALYZE");
        long stats = Sql.longValue(c, "SELECT COUNT(*) FROM sqlite_stat1");
        return file.getFileName() + ": analyzed (" + stats + " statistics rows)";
    }
}
