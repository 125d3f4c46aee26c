package com.battlescope.cli;

import com.battlescope.service.maintenance.DatabaseStatistics;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import picocli.CommandLine.Command;

/** {@code maintain stats}: {@link MaintenanceAction#STATS}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "File sizes, rows and indexes per table, plans and timings of the app's main queries.")
final class MaintainStats extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new DatabaseStatistics();
    }
}
