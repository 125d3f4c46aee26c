package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.RebuildSummaries;
import picocli.CommandLine.Command;

/** {@code maintain summaries}: {@link MaintenanceAction#SUMMARIES}. */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "Rebuild the daily, weekly and monthly summaries from the snapshots and trades (upsert).")
final class MaintainSummaries extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new RebuildSummaries();
    }
}
