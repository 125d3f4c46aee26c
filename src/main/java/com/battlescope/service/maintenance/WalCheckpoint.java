package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteFiles;
import com.battlescope.service.view.Cells;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code PRAGMA wal_checkpoint(TRUNCATE)} on each WAL-mode file: copies committed rows from the {@code -wal} into the
 * database file and empties the WAL. Files in rollback-journal mode are left alone.
 */
public final class WalCheckpoint extends PerFileAction {

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.CHECKPOINT;
    }

    @Override
    String describe(Jdbc c, Path file) {
        if (!SqliteFiles.isWalMode(file)) {
            return file.getFileName() + ": not in WAL mode, nothing to do";
        }
        return "copy " + Cells.bytes(Sql.size(SqliteFiles.walFile(file))) + " of WAL into " + file.getFileName()
                + " and truncate the WAL";
    }

    @Override
    String apply(Jdbc c, Path file, ResultBuilder out) {
        if (!SqliteFiles.isWalMode(file)) {
            return file.getFileName() + ": not in WAL mode, nothing to checkpoint";
        }
        long walBefore = Sql.size(SqliteFiles.walFile(file));
        List<Object> r = c.rows("PRAGMA wal_checkpoint(TRUNCATE)").get(0);
        long busy = ((Number) r.get(0)).longValue();
        if (busy != 0) {
            out.warning(file.getFileName() + ": another connection kept the checkpoint from finishing; try again");
        }
        return file.getFileName() + ": WAL " + Cells.bytes(walBefore) + " → "
                + Cells.bytes(Sql.size(SqliteFiles.walFile(file)));
    }
}
