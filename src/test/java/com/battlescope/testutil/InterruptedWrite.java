package com.battlescope.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A battle folder as the engine leaves it when killed mid-transaction in rollback-journal mode: the tiny battle is
 * switched to journal_mode DELETE and copied while a writer is half-way through a big transaction on {@code file}
 * (a table {@code half_written}); the copy's file has a hot journal beside it.
 */
public final class InterruptedWrite {
    private InterruptedWrite() {
    }

    public static Path battle(Path tmp, String file) throws SQLException, IOException {
        Path source = Fixtures.copy("tiny", Files.createDirectories(tmp.resolve("interrupted-source")));
        for (String f : List.of("metrics_timeseries.db", "decisions.db")) {
            try (Connection c = jdbc(source.resolve(f)); Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
            }
        }
        Path copy = Files.createDirectories(tmp.resolve("interrupted"));
        try (Connection c = jdbc(source.resolve(file)); Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = 1");
            c.setAutoCommit(false);
            st.execute("CREATE TABLE half_written (x BLOB)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                    + "INSERT INTO half_written SELECT randomblob(300) FROM n");
            try (var files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            c.rollback();
        }
        if (!Files.exists(copy.resolve(file + "-journal"))) {
            throw new IllegalStateException("no journal was left beside " + file);
        }
        return copy;
    }

    private static Connection jdbc(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }
}
