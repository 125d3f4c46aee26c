package com.battlescope.service.maintenance;

import com.battlescope.service.view.Cells;
import com.battlescope.data.SqliteFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
    String describe(Connection c, Path file) {
        if (!SqliteFiles.isWalMode(file)) {
            return file.getFileName() + ": not in WAL mode, nothing to do";
        }
        return "copy " + Cells.bytes(Sql.size(SqliteFiles.walFile(file))) + " of WAL into " + file.getFileName()
                + " and truncate the WAL";
    }

    @Override
    String apply(Connection c, Path file, ResultBuilder out) throws SQLException {
        if (!SqliteFiles.isWalMode(file)) {
            return file.getFileName() + ": not in WAL mode, nothing to checkpoint";
        }
        long walBefore = Sql.size(SqliteFiles.walFile(file));
        List<Object> r = Sql.rows(c, "PRAGMA wal_checkpoint(TRUNCATE)").get(0);
        long busy = ((Number) r.get(0)).longValue();
        if (busy != 0) {
            out.warning(file.getFileName() + ": another connection kept the checkpoint from finishing; try again");
        }
        return file.getFileName() + ": WAL " + Cells.bytes(walBefore) + " → "
                + Cells.bytes(Sql.size(SqliteFiles.walFile(file)));
    }
}
