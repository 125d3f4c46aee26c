package com.battlescope.service.maintenance;

/** One maintenance action: it can say what it will change, then do it. */
public interface MaintenanceTask {
    MaintenanceAction action();

    /** Works out what {@link #run} would change, without writing anything. */
    MaintenancePlan plan(MaintenanceContext ctx);

    /** Does the work, recording what it did; throws (after rolling back) when it cannot finish. */
    void run(MaintenanceContext ctx, ResultBuilder out);
}
