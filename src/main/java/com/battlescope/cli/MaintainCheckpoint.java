package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.WalCheckpoint;
import picocli.CommandLine.Command;

/** {@code maintain checkpoint}: {@link MaintenanceAction#CHECKPOINT}. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Checkpoint (TRUNCATE) the WAL of every WAL-mode file.")
final class MaintainCheckpoint extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new WalCheckpoint();
    }
}
