package com.battlescope.cli;

import com.battlescope.service.maintenance.Analyze;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import picocli.CommandLine.Command;

/** {@code maintain analyze}: {@link MaintenanceAction#ANALYZE}. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "ANALYZE every database file.")
final class MaintainAnalyze extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new Analyze();
    }
}
