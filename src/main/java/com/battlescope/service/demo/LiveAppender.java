package com.battlescope.service.demo;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.DecisionMapper;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.Jdbc;
import com.battlescope.data.JdbcException;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Keeps a battle folder growing as if the engine were running on a fast clock: each call writes one battle
 * hour (decisions, occasional trades, a snapshot per model, standings; summaries and leaderboard snapshots at
 * the end of each battle day) in short WAL transactions, so a reader such as the app never blocks it.
 */
public final class LiveAppender implements AutoCloseable {
    /** The writer's busy timeout: a reader in WAL mode never holds it up, so it is short. */
    public static final int BUSY_TIMEOUT_MS = 1000;

    private final List<SqliteDatabase> dbs;
    private final LiveWriter writer;
    private final DemoSimulation sim;

    private LiveAppender(List<SqliteDatabase> dbs, LiveWriter writer, DemoSimulation sim) {
        this.dbs = dbs;
        this.writer = writer;
        this.sim = sim;
    }

    /** Opens a battle folder (a demo one or any with the engine's tables) to append to; switches it to WAL. */
    public static LiveAppender open(Path folder, long seed, double decisionsPerHour) {
        return open(folder, seed, decisionsPerHour, BUSY_TIMEOUT_MS);
    }

    public static LiveAppender open(Path folder, long seed, double decisionsPerHour, int busyTimeoutMs) {
        List<SqliteDatabase> dbs = new ArrayList<>();
        try {
            SqliteDatabase metrics;
            SqliteDatabase leaderboard;
            SqliteDatabase decisions;
            LiveWriter writer;
            DemoSimulation sim;
            try (Battle battle = new BattleService().open(folder)) {
                Path metricsFile = battle.fileOf(SnapshotMapper.class);
                Path leaderboardFile = battle.fileOf(LeaderboardMapper.class);
                Path decisionsFile = battle.fileOf(DecisionMapper.class);
                metrics = open(dbs, metricsFile, busyTimeoutMs);
                leaderboard = leaderboardFile.equals(metricsFile) ? metrics : open(dbs, leaderboardFile, busyTimeoutMs);
                decisions = decisionsFile.equals(metricsFile) ? metrics : open(dbs, decisionsFile, busyTimeoutMs);
                writer = new LiveWriter(metrics, leaderboard, decisions);
                sim = ResumedBattle.resume(battle, seed, decisionsPerHour, writer);
            }
            dbs.forEach(LiveAppender::requireWal);
            return new LiveAppender(dbs, writer, sim);
        } catch (RuntimeException e) {
            dbs.forEach(SqliteDatabase::close);
            throw e;
        }
    }

    private static SqliteDatabase open(List<SqliteDatabase> dbs, Path file, int busyTimeoutMs) {
        SqliteDatabase db = SqliteDatabase.openWritable(file, busyTimeoutMs);
        dbs.add(db);
        return db;
    }

    /** WAL lets readers and this writer work at the same time; a rollback journal would make them wait. */
    private static void requireWal(SqliteDatabase db) {
        try {
            Jdbc.on(db, c -> {
                List<List<Object>> mode = c.rows("PRAGMA journal_mode");
                if (mode.isEmpty() || !"wal".equals(String.valueOf(mode.get(0).get(0)).toLowerCase(Locale.ROOT))) {
                    List<List<Object>> set = c.rows("PRAGMA journal_mode=WAL");
                    if (set.isEmpty() || !"wal".equalsIgnoreCase(String.valueOf(set.get(0).get(0)))) {
                        throw new DataAccessException(db.file(), "cannot switch to WAL mode (is another program "
                                + "using the file?)");
                    }
                }
                return null;
            });
        } catch (JdbcException e) {
            throw new DataAccessException(db.file(), "cannot switch to WAL mode: " + e.getMessage(), e);
        }
    }

    /** Writes the next battle hour and returns the time of its last snapshot. */
    public Stamp appendHour() {
        sim.runHour();
        sim.writeStandings();
        writer.endOfHour();
        return sim.lastSnapshot();
    }

    /**
     * Appends battle hours, one per {@code period}, until {@code hours} are written (negative: no limit) or
     * {@code keepGoing} says stop. Returns the hours written.
     */
    public long run(long hours, Duration period, BooleanSupplier keepGoing) throws InterruptedException {
        long written = 0;
        long next = System.nanoTime();
        while ((hours < 0 || written < hours) && keepGoing.getAsBoolean()) {
            appendHour();
            written++;
            next += period.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0 && (hours < 0 || written < hours)) {
                TimeUnit.NANOSECONDS.sleep(wait);
            } else if (wait <= 0) {
                next = System.nanoTime();
            }
        }
        return written;
    }

    /** Rows inserted so far per table (decisions, snapshots, trades, leaderboard rows). */
    public Map<String, Long> rows() {
        return writer.counts().ordered();
    }

    @Override
    public void close() {
        dbs.forEach(SqliteDatabase::close);
    }
}
