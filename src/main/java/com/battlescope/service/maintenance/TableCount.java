package com.battlescope.service.maintenance;

/**
 * Rows of one table before and after an action (in a plan: now and what the action will leave).
 *
 * @param file the database file name, e.g. {@code metrics_timeseries.db}
 */
public record TableCount(String file, String table, long before, long after) {

    public long change() {
        return after - before;
    }
}
