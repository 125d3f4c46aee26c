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
public final class BattleFolder implements AutoCloseable {
    public static final String METRICS = "metrics_timeseries.db";
    public static final String LEADERBOARD = "leaderboard.db";
    public static final String DECISIONS = "decisions.db";
    private static final List<String> SNAPSHOT_COLUMNS =
            List.of("model_id", "timestamp", "equity", "cash", "positions_value", "positions_count");

    /** decision_log's columns in the mappers' order, and the value a file without an optional one reads as. */
    private static final Map<String, String> DECISION_COLUMNS = decisionColumnDefaults();
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

    public SqliteDatabase metrics() {
        return metrics;
    }

    public SqliteDatabase leaderboard() {
        return leaderboard;
    }

    public SqliteDatabase decisions() {
        return decisions;
    }

    /** "split" when leaderboard tables live in leaderboard.db, else "shared". */
    public String layout() {
        return leaderboard == metrics ? "shared" : "split";
    }

    public boolean decisionsFromMetrics() {
        return decisions == metrics;
    }

    public boolean hasTrades() {
        return metricsTables.contains("trade_log");
    }

    public boolean hasSummaries() {
        return metricsTables.containsAll(List.of("daily_summaries", "weekly_summaries", "monthly_summaries"));
    }

    public boolean hasStandings() {
        return leaderboardTables.contains("current_standings");
    }

    public boolean hasLeaderboardSnapshots() {
        return leaderboardTables.contains("leaderboard_snapshots");
    }

    public boolean hasDecisions() {
        return decisionTables.contains("decision_log");
    }

    public boolean hasDecisionFts() {
        return decisionTables.contains("decision_fts");
    }

    /** Whether the decisions file has the engine's {@code decision_comparison} view. */
    public boolean hasComparisonView() {
        return decisions.tables().contains("decision_comparison");
    }

    /** Rows of the engine's {@code decision_comparison} view on a symbol between two text times, inclusive. */
    public long comparisonViewRows(String symbol, String fromText, String toText) {
        try {
            return Jdbc.on(decisions, c -> c.longValue("SELECT COUNT(*) FROM decision_comparison WHERE symbol = ? "
                    + "AND timestamp >= ? AND timestamp <= ?", symbol, fromText, toText));
        } catch (JdbcException e) {
            throw DataErrors.translate(decisions.file(), e);
        }
    }

    /**
     * The select list of decision_log for a reader that needs only {@code required}: an optional column the file
     * lacks reads as NULL (executed as 0). Throws, naming the file, when a required column is missing.
     */
    public String decisionColumns(Collection<String> required, String purpose) {
        return decisionColumns(required, null, purpose);
    }

    /**
     * As {@link #decisionColumns(Collection, String)}, selecting only {@code wanted} (null = all) and the required
     * columns: a plain-JDBC reader ({@link DecisionScan}) reads the others as NULL without asking the driver.
     */
    public String decisionColumns(Collection<String> required, Collection<String> wanted, String purpose) {
        Set<String> present = new LinkedHashSet<>(decisions.columns("decision_log"));
        if (wanted != null) {
            present.removeIf(c -> !wanted.contains(c) && !required.contains(c));
        }
        List<String> missing = required.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataAccessException(decisions.file(), "decision_log lacks column(s) " + String.join(", ", missing)
                    + " that " + purpose + " needs");
        }
        return DECISION_COLUMNS.entrySet().stream()
                .filter(e -> wanted == null || wanted.contains(e.getKey()) || required.contains(e.getKey()))
                .map(e -> present.contains(e.getKey()) ? e.getKey() : e.getValue() + " AS " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> decisionColumnDefaults() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : List.of("id", "model_id", "symbol", "decision", "reasoning", "confidence", "timestamp",
                "current_price", "position_size", "entry_price", "stop_loss", "take_profit", "direction", "executed",
                "execution_price", "execution_time", "execution_status")) {
            m.put(c, c.equals("executed") ? "0" : c.equals("reasoning") ? "''" : "NULL");
        }
        return m;
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
