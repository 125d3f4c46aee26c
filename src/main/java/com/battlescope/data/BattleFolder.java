package com.battlescope.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An opened battle data folder: the three databases resolved by the contract's rules, read-only.
 * Leaderboard tables come from {@code leaderboard.db} when it has them, else from the metrics file;
 * decisions from {@code decisions.db} unless it is absent or empty, else from the metrics file's copy.
 */
public final class BattleFolder implements BattleSource {
    public static final String METRICS = "metrics_timeseries.db";
    public static final String LEADERBOARD = "leaderboard.db";
    public static final String DECISIONS = "decisions.db";
    private static final List<String> SNAPSHOT_COLUMNS =
            List.of("model_id", "timestamp", "equity", "cash", "positions_value", "positions_count");

    private final Path folder;
    private final SqliteDatabase metrics;
    private final SqliteDatabase leaderboard;
    private final SqliteDatabase decisions;
    private final Set<String> metricsTables;
    private final Set<String> leaderboardTables;
    private final Set<String> decisionTables;

    private BattleFolder(Path folder, SqliteDatabase metrics, SqliteDatabase leaderboard, SqliteDatabase decisions) {
        this.folder = folder;
        this.metrics = metrics;
        this.leaderboard = leaderboard;
        this.decisions = decisions;
        this.metricsTables = metrics.tables();
        this.leaderboardTables = leaderboard == metrics ? metricsTables : leaderboard.tables();
        this.decisionTables = decisions == metrics ? metricsTables : decisions.tables();
    }

    /** Opens a folder (or the folder of a given {@code .db} file). Throws {@link DataAccessException} with a clear message. */
    public static BattleFolder open(Path pathOrFile) {
        return open(pathOrFile, SqliteDatabase.BUSY_TIMEOUT_MS, null);
    }

    /** For tests: a shorter busy timeout, and the folder's writability forced (null = ask the file system). */
    static BattleFolder open(Path pathOrFile, int busyTimeoutMs, Boolean folderWritable) {
        Path folder = Files.isRegularFile(pathOrFile) ? pathOrFile.toAbsolutePath().getParent() : pathOrFile;
        if (!Files.exists(folder)) {
            throw new DataAccessException(folder, SqliteFiles.missing(folder, "folder not found"));
        }
        if (!Files.isDirectory(folder)) {
            throw new DataAccessException(folder, "not a folder");
        }
        Path metricsFile = folder.resolve(METRICS);
        if (!Files.exists(metricsFile)) {
            String why = SqliteFiles.missing(metricsFile, null);
            if (why != null && why.startsWith("cannot be reached: the folder")) {
                throw new DataAccessException(folder, "folder not readable (permission denied): cannot look for "
                        + METRICS + " in it; check the folder's permissions");
            }
            throw new DataAccessException(metricsFile, why != null ? why
                    : "not found: a battle folder must hold " + METRICS);
        }
        List<SqliteDatabase> opened = new ArrayList<>();
        Function<Path, SqliteDatabase> openFile = f -> SqliteDatabase.openReadOnly(f, busyTimeoutMs, folderWritable);
        try {
            SqliteDatabase metrics = track(opened, openFile.apply(metricsFile));
            requireSnapshots(metrics);
            SqliteDatabase leaderboard = metrics;
            Path lbFile = folder.resolve(LEADERBOARD);
            if (hasContent(lbFile)) {
                SqliteDatabase lb = track(opened, openFile.apply(lbFile));
                if (lb.tables().containsAll(List.of("leaderboard_snapshots", "current_standings"))) {
                    leaderboard = lb;
                }
            }
            SqliteDatabase decisions = metrics;
            Path decFile = folder.resolve(DECISIONS);
            if (hasContent(decFile)) {
                SqliteDatabase dec = track(opened, openFile.apply(decFile));
                if (!dec.tables().contains("decision_log")) {
                    throw new DataAccessException(decFile, "no decision_log table: not a battle decisions database "
                            + "(tables: " + (dec.tables().isEmpty() ? "none"
                            : String.join(", ", dec.tables().stream().limit(5).toList())) + ")");
                }
                boolean hasRows = dec.read(s -> s.getMapper(DecisionMapper.class).getMaxId()) != null;
                boolean metricsHasRows = metrics.tables().contains("decision_log")
                        && metrics.read(s -> s.getMapper(DecisionMapper.class).getMaxId()) != null;
                if (hasRows || !metricsHasRows) {
                    decisions = dec;
                }
            }
            BattleFolder bf = new BattleFolder(folder, metrics, leaderboard, decisions);
            for (SqliteDatabase db : opened) {
                if (db != metrics && db != leaderboard && db != decisions) {
                    db.close();
                }
            }
            return bf;
        } catch (RuntimeException e) {
            opened.forEach(SqliteDatabase::close);
            throw e;
        }
    }

    /** An optional file counts when it has bytes: a connection that never wrote leaves an empty file. */
    private static boolean hasContent(Path file) {
        if (!Files.exists(file)) {
            String why = SqliteFiles.missing(file, null);
            if (why != null) {
                throw new DataAccessException(file, why);
            }
            return false;
        }
        try {
            return Files.size(file) > 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static SqliteDatabase track(List<SqliteDatabase> opened, SqliteDatabase db) {
        opened.add(db);
        return db;
    }

    private static void requireSnapshots(SqliteDatabase metrics) {
        if (!metrics.tables().contains("hourly_snapshots")) {
            throw new DataAccessException(metrics.file(), "no hourly_snapshots table: not a battle metrics database");
        }
        Set<String> missing = new LinkedHashSet<>(SNAPSHOT_COLUMNS);
        missing.removeAll(metrics.columns("hourly_snapshots"));
        if (!missing.isEmpty()) {
            throw new DataAccessException(metrics.file(), "hourly_snapshots lacks column(s) " + String.join(", ", missing));
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public SqliteDatabase metrics() {
        return metrics;
    }

    @Override
    public SqliteDatabase leaderboard() {
        return leaderboard;
    }

    @Override
    public SqliteDatabase decisions() {
        return decisions;
    }

    /** "split" when leaderboard tables live in leaderboard.db, else "shared". */
    @Override
        public String layout() {
        return leaderboard == metrics ? "shared" : "split";
    }

    @Override
    public boolean decisionsFromMetrics() {
        return decisions == metrics;
    }

    @Override
    public boolean hasTrades() {
        return metricsTables.contains("trade_log");
    }

    @Override
    public boolean hasSummaries() {
        return metricsTables.containsAll(List.of("daily_summaries", "weekly_summaries", "monthly_summaries"));
    }

    @Override
    public boolean hasStandings() {
        return leaderboardTables.contains("current_standings");
    }

    @Override
    public boolean hasLeaderboardSnapshots() {
        return leaderboardTables.contains("leaderboard_snapshots");
    }

    @Override
    public boolean hasDecisions() {
        return decisionTables.contains("decision_log");
    }

    @Override
    public boolean hasDecisionFts() {
        return decisionTables.contains("decision_fts");
    }

    /** Whether the decisions file has the engine's {@code decision_comparison} view. */
    @Override
        public boolean hasComparisonView() {
        return decisions.tables().contains("decision_comparison");
    }

    /** Rows of the engine's {@code decision_comparison} view on a symbol between two text times, inclusive. */
    @Override
        public long comparisonViewRows(String symbol, String fromText, String toText) {
        try {
            return Jdbc.on(decisions, c -> c.longValue("SELECT COUNT(*) FROM decision_comparison WHERE symbol = ? "
                    + "AND timestamp >= ? AND timestamp <= ?", symbol, fromText, toText));
        } catch (JdbcException e) {
            throw DataErrors.translate(decisions.file(), e);
        }
    }

    /** Distinct files behind this folder (one, two or three). */
    public List<SqliteDatabase> databases() {
        List<SqliteDatabase> all = new ArrayList<>(List.of(metrics));
        if (leaderboard != metrics) {
            all.add(leaderboard);
        }
        if (decisions != metrics && decisions != leaderboard) {
            all.add(decisions);
        }
        return all;
    }

    @Override
    public void close() {
        databases().forEach(SqliteDatabase::close);
    }
}
