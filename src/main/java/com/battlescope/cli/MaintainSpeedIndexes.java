package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.SpeedIndexes;
import picocli.CommandLine.Command;

/** {@code maintain speed-indexes}: {@link MaintenanceAction#SPEED_INDEXES}. */
@Command(name = "speed-indexes", mixinStandardHelpOptions = true,
        description = "Create indexes beyond the contract that speed up decision counts and the decision log.")
final class MaintainSpeedIndexes extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new SpeedIndexes();
    }
}
