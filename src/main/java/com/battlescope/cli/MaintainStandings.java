package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.RecomputeStandings;
import picocli.CommandLine.Command;

/** {@code maintain standings}: {@link MaintenanceAction#STANDINGS}. */
@Command(name = "standings", mixinStandardHelpOptions = true,
        description = "Recompute current_standings from the snapshots and trades with the engine's formulas.")
final class MaintainStandings extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new RecomputeStandings();
    }
}
