package com.battlescope.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies a server battle back into an engine folder of SQLite files (split layout: metrics_timeseries.db,
 * leaderboard.db, decisions.db, made with the engine's own schema), which BattleScope and the engine open as any
 * folder. The server is read in one REPEATABLE READ transaction, so the copy is one consistent moment while
 * engines write; the files are written in a hidden {@code .partial} folder, their row counts checked against the
 * server's, and only then renamed to {@code target}.
 */
public final class ServerBackup {
    /** Which file of the folder holds each table; columns the server adds (jd, reasoning_words) stay behind. */
    private static final Map<String, String> FILE_OF = new LinkedHashMap<>();

    static {
        for (String t : List.of("hourly_snapshots", "daily_summaries", "weekly_summaries", "monthly_summaries",
                "trade_log")) {
            FILE_OF.put(t, BattleFolder.METRICS);
        }
        FILE_OF.put("leaderboard_snapshots", BattleFolder.LEADERBOARD);
        FILE_OF.put("current_standings", BattleFolder.LEADERBOARD);
        FILE_OF.put("decision_log", BattleFolder.DECISIONS);
    }

    private static final int BATCH = 5_000;

    /** Rows of one table: on the server, and in the backup after the copy (equal, or the backup is refused). */
    public record TableCopy(String file, String table, long serverRows, long backupRows) {
    }

    /** Where the copy reports progress: rows done of a table; may throw to stop (the partial folder is removed). */
    public interface Progress {
        void rows(String table, long done, long total);
    }

    private ServerBackup() {
    }

    /** Copies every battle table of the schema into a new folder {@code target}; returns the per-table counts. */
    public static List<TableCopy> toFolder(PgDatabase db, Path target, Progress progress) {
        if (Files.exists(target)) {
            throw new DataAccessException(target, "already exists; refusing to overwrite it");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        List<TableCopy> copies = new ArrayList<>();
        try {
            Files.createDirectories(partial);
            SchemaScripts.createBattleFolder(partial);
            Set<String> tables = db.tables();
            try (Connection pg = db.writingConnection()) {
                pg.setAutoCommit(false);
                pg.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                pg.setReadOnly(true);
                for (Map.Entry<String, String> e : FILE_OF.entrySet()) {
                    if (tables.contains(e.getKey())) {
                        copies.add(copy(db, pg, e.getKey(), partial.resolve(e.getValue()), progress));
                    }
                }
                pg.rollback();
            }
            for (TableCopy c : copies) {
                if (c.serverRows() != c.backupRows()) {
                    throw new DataAccessException(partial.resolve(c.file()), c.table() + ": " + c.backupRows()
                            + " rows written of the server's " + c.serverRows() + "; the backup is not kept");
                }
            }
            Files.move(partial, target);
            return copies;
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        } catch (IOException e) {
            throw new DataAccessException(target, "cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static TableCopy copy(PgDatabase db, Connection pg, String table, Path file, Progress progress)
            throws SQLException {
        long total;
        try (Statement st = pg.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + db.schema() + "." + table)) {
            rs.next();
            total = rs.getLong(1);
        }
        try (SqliteDatabase lite = SqliteDatabase.openWritable(file)) {
            // the columns first: the file's pool has one connection, held below for the whole copy
            List<String> columns = new ArrayList<>(lite.columns(table));
            columns.retainAll(db.columns(table));
            return copy(db, pg, table, lite, columns, total, progress);
        }
    }

    private static TableCopy copy(PgDatabase db, Connection pg, String table, SqliteDatabase lite,
                                  List<String> columns, long total, Progress progress) throws SQLException {
        Path file = lite.file();
        try (Connection c = lite.connection()) {
            String list = String.join(", ", columns.stream().map(SqliteDatabase::quote).toList());
            String marks = String.join(", ", columns.stream().map(x -> "?").toList());
            c.setAutoCommit(false);
            long n = 0;
            try (Statement st = pg.createStatement();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                         + marks + ")")) {
                st.setFetchSize(BATCH);
                try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns.stream()
                        .map(x -> "\"" + x + "\"").toList()) + " FROM " + db.schema() + "." + table + " ORDER BY 1")) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            insert.setObject(i, rs.getObject(i));
                        }
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                            progress.rows(table, n, total);
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            progress.rows(table, n, total);
            long written;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                written = rs.getLong(1);
            }
            return new TableCopy(file.getFileName().toString(), table, total, written);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover .partial folder is named as such and harmless
        }
    }
}
