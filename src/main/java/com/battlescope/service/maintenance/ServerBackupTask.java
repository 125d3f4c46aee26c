package com.battlescope.service.maintenance;

import com.battlescope.data.ServerBackup;
import java.nio.file.Path;
import java.util.List;

/**
 * Backup of a server battle: a new engine folder of SQLite files {@code battle-backup-<time>} in the chosen
 * directory, one consistent moment of the schema (one REPEATABLE READ transaction), row counts verified. BattleScope
 * and the engine open it as any folder.
 */
final class ServerBackupTask implements MaintenanceTask {
    private final Backup backup;

    ServerBackupTask(Backup backup) {
        this.backup = backup;
    }

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.BACKUP;
    }

    @Override
    public MaintenancePlan plan(MaintenanceContext ctx) {
        return new MaintenancePlan(action(), "Back up schema " + ctx.server().schema() + " to a battle folder",
                List.of("write a new folder battle-backup-<time> of SQLite files in " + backup.directory()
                        + "; the server is only read"), List.of(), List.of(), false);
    }

    @Override
    public void run(MaintenanceContext ctx, ResultBuilder out) {
        Path target = backup.target(ctx);
        List<ServerBackup.TableCopy> copies = ServerBackup.toFolder(ctx.server(), target, (table, n, total) ->
                ctx.step(total == 0 ? 1 : (double) n / total, table + ": " + n + " of " + total + " rows"));
        long rows = 0;
        for (ServerBackup.TableCopy c : copies) {
            out.file(target.resolve(c.file())).count(target.resolve(c.file()), c.table(), c.serverRows(),
                    c.backupRows());
            rows += c.backupRows();
        }
        out.message("backed up schema " + ctx.server().schema() + " to " + target + ": " + rows + " rows in "
                + copies.size() + " tables, each count equal to the server's");
    }
}
