package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.Vacuum;
import picocli.CommandLine.Command;

/** {@code maintain vacuum}: {@link MaintenanceAction#VACUUM}. */
@Command(name = "vacuum", mixinStandardHelpOptions = true, description = "VACUUM every database file.")
final class MaintainVacuum extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new Vacuum();
    }
}
