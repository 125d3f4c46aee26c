package com.battlescope.cli;

import com.battlescope.service.maintenance.Backup;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain backup}: {@link MaintenanceAction#BACKUP}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy every database file into DIR/battle-backup-TIME (consistent while the engine writes), "
                + "verified. Writes only new files, so it needs no --yes.")
final class MaintainBackup extends MaintainAction {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Folder for the backup folder.")
    Path to;

    @Override
    MaintenanceTask task() {
        return new Backup(to);
    }
}
