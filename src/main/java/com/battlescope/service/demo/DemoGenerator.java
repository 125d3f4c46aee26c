package com.battlescope.service.demo;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataErrors;
import com.battlescope.data.Jdbc;
import com.battlescope.data.JdbcException;
import com.battlescope.data.SchemaScripts;
import com.battlescope.data.SqliteDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new demo battle folder (split layout, the engine's schema) deterministically per seed. While it
 * writes, the new files run without a rollback journal on disk and without fsync, and decision_log's indexes
 * are built once at the end from the schema script (a sort instead of millions of B-tree updates). The files
 * end in WAL mode, like folders whose operators followed the engine's advice, so that a live demo can append
 * beside a reader.
 */
public final class DemoGenerator {
    private static final Pattern INDEX_NAME = Pattern.compile("CREATE INDEX IF NOT EXISTS (\\w+) ON decision_log");

    /** Throws {@link com.battlescope.data.DataAccessException} when one of the battle files already exists. */
    public DemoResult generate(Path folder, DemoOptions options) {
        long t0 = System.nanoTime();
        SchemaScripts.createBattleFolder(folder);
        List<SqliteDatabase> dbs = new ArrayList<>();
        try {
            SqliteDatabase metrics = open(dbs, folder.resolve(BattleFolder.METRICS));
            SqliteDatabase leaderboard = open(dbs, folder.resolve(BattleFolder.LEADERBOARD));
            SqliteDatabase decisions = open(dbs, folder.resolve(BattleFolder.DECISIONS));
            dbs.forEach(db -> pragmas(db, "PRAGMA journal_mode=MEMORY", "PRAGMA synchronous=OFF",
                    "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-" + (db == decisions ? 262_144 : 65_536)));
            List<String> decisionIndexes = SchemaScripts.statements(SchemaScripts.DECISIONS, false).stream()
                    .filter(sql -> INDEX_NAME.matcher(sql).lookingAt()).toList();
            for (String sql : decisionIndexes) {
                Matcher m = INDEX_NAME.matcher(sql);
                m.lookingAt();
                pragmas(decisions, "DROP INDEX " + m.group(1));
            }
            TableCounts counts;
            try (BulkWriter writer = new BulkWriter(metrics, leaderboard, decisions)) {
                DemoSimulation sim = DemoBattle.fresh(options, writer);
                long hours = DemoBattle.hours(options);
                for (long h = 0; h < hours; h++) {
                    sim.runHour();
                    writer.endOfHour();
                }
                sim.writeStandings();
                counts = writer.finish();
            }
            // the index sorts may use a second core
            pragmas(decisions, "PRAGMA threads=2");
            pragmas(decisions, decisionIndexes.toArray(String[]::new));
            dbs.forEach(db -> pragmas(db, "PRAGMA journal_mode=WAL"));
            return new DemoResult(folder, counts.ordered(), (System.nanoTime() - t0) / 1e9);
        } finally {
            dbs.forEach(SqliteDatabase::close);
        }
    }

    /** Whether a folder already holds a battle (its metrics file), which {@link #generate} would refuse. */
    public static boolean containsBattle(Path folder) {
        return java.nio.file.Files.exists(folder.resolve(BattleFolder.METRICS));
    }

    private static SqliteDatabase open(List<SqliteDatabase> dbs, Path file) {
        SqliteDatabase db = SqliteDatabase.openWritable(file);
        dbs.add(db);
        return db;
    }

    static void pragmas(SqliteDatabase db, String... statements) {
        try {
            Jdbc.on(db, c -> {
                for (String sql : statements) {
                    c.execute(sql);
                }
                return null;
            });
        } catch (JdbcException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }
}
