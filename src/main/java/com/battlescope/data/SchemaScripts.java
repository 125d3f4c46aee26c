package com.battlescope.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine's schema from the {@code sql/} scripts (on the classpath as {@code /sql/*.sql}): applies them to
 * a database and creates an empty battle folder, so that what we create is what the engine creates.
 */
public final class SchemaScripts {
    /** One schema script: hourly snapshots, trades, summaries (and the empty decision_log copy). */
    public static final String METRICS = "/sql/metrics_schema.sql";
    /** Leaderboard tables and their views. */
    public static final String LEADERBOARD = "/sql/leaderboard_schema.sql";
    /** decision_log and its view. */
    public static final String DECISIONS = "/sql/decision_schema.sql";

    private SchemaScripts() {
    }

    /** The statements of a script, without comments; views included or not (the engine's shared layout has none). */
    public static List<String> statements(String script, boolean withViews) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : load(script).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line.stripTrailing()).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                current.setLength(0);
                if (withViews || !sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIEW")) {
                    result.add(sql.substring(0, sql.length() - 1));
                }
            }
        }
        return result;
    }

    /** Runs the statements of a script on a connection, in one transaction. */
    public static void apply(Connection connection, String script, boolean withViews) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(script, withViews)) {
                st.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Applies scripts to a database opened for writing. */
    public static void apply(SqliteDatabase db, boolean withViews, String... scripts) {
        try (Connection c = db.connection()) {
            for (String script : scripts) {
                apply(c, script, withViews);
            }
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }

    /**
     * Creates an empty battle folder in the split layout: metrics_timeseries.db, leaderboard.db, decisions.db.
     * Refuses when any of the three files already exists, so nothing is overwritten.
     */
    public static List<Path> createBattleFolder(Path folder) {
        List<Path> files = List.of(folder.resolve(BattleFolder.METRICS), folder.resolve(BattleFolder.LEADERBOARD),
                folder.resolve(BattleFolder.DECISIONS));
        for (Path f : files) {
            if (Files.exists(f)) {
                throw new DataAccessException(f, "already exists; refusing to overwrite it");
            }
        }
        List<String> scripts = List.of(METRICS, LEADERBOARD, DECISIONS);
        for (int i = 0; i < files.size(); i++) {
            try (SqliteDatabase db = SqliteDatabase.create(files.get(i))) {
                apply(db, true, scripts.get(i));
            }
        }
        return files;
    }

    private static String load(String script) {
        try (InputStream in = SchemaScripts.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + script, e);
        }
    }
}
