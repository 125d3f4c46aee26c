package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.RecoverJournal;
import picocli.CommandLine.Command;

/** {@code maintain recover}: {@link MaintenanceAction#RECOVER}. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Roll back a transaction the engine left unfinished (a hot -journal file): backs up the "
                + "files first, then lets SQLite roll the journal back.")
final class MaintainRecover extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new RecoverJournal();
    }
}
