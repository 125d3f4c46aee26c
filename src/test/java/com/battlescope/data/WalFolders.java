package com.battlescope.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** Battle folders in the state a crashed or still-running WAL writer leaves: rows only in a non-empty -wal. */
final class WalFolders {
    private WalFolders() {
    }

    /** A folder with a WAL-mode metrics file whose schema and rows sit in the -wal, and no -shm. */
    static Path withPendingWal(Path tmp, int snapshots) throws Exception {
        Path work = Files.createTempDirectory(tmp, "writer");
        Path db = work.resolve(BattleFolder.METRICS);
        Path folder = Files.createTempDirectory(tmp, "battle");
        try (Connection c = TestDb.jdbc(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            SchemaScripts.apply(c, SchemaScripts.METRICS, true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id, timestamp, "
                    + "equity, cash, positions_value, positions_count) VALUES (?, ?, ?, 0, 0, 0)")) {
                for (int i = 0; i < snapshots; i++) {
                    ps.setString(1, "m" + i % 2);
                    ps.setString(2, String.format("2025-01-06 %02d:00:00", i / 2));
                    ps.setDouble(3, 100_000 + i);
                    ps.executeUpdate();
                }
            }
            // copied while the writer is open: nothing checkpointed, the rows live in the -wal only
            Files.copy(db, folder.resolve(BattleFolder.METRICS), StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(SqliteFiles.walFile(db), folder.resolve(BattleFolder.METRICS + "-wal"));
        }
        return folder;
    }
}
