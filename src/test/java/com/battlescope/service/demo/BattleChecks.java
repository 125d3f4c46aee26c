package com.battlescope.service.demo;

import com.battlescope.model.Stamp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data contract's rules over a battle folder (split layout), as plain SQL on the files: a list of breaches. */
final class BattleChecks {
    private static final Map<String, String> METRICS = new LinkedHashMap<>();
    private static final Map<String, String> DECISIONS = new LinkedHashMap<>();
    private static final Map<String, String> LEADERBOARD = new LinkedHashMap<>();

    static {
        METRICS.put("snapshot figures", "SELECT COUNT(*) FROM hourly_snapshots WHERE NOT (equity > 0 AND cash >= 0"
                + " AND positions_value >= 0 AND positions_count >= 0 AND abs(equity - cash - positions_value) < 0.006)");
        METRICS.put("duplicate snapshots", "SELECT COUNT(*) FROM (SELECT 1 FROM hourly_snapshots"
                + " GROUP BY model_id, timestamp HAVING COUNT(*) > 1)");
        METRICS.put("trade rows", "SELECT COUNT(*) FROM trade_log WHERE NOT (entry_time < exit_time AND shares > 0"
                + " AND direction IN ('long','short') AND exit_reason IN ('stop_loss','take_profit','manual','eod_close')"
                + " AND abs(realized_pnl - shares * (exit_price - entry_price) * (CASE direction WHEN 'long' THEN 1"
                + " ELSE -1 END)) < 0.006)");
        METRICS.put("daily summaries", "SELECT COUNT(*) FROM daily_summaries WHERE NOT (low_equity <= closing_equity"
                + " AND closing_equity <= high_equity AND abs(daily_pnl - (closing_equity - opening_equity)) < 0.006)");
        METRICS.put("decisions in metrics copy", "SELECT COUNT(*) FROM decision_log");
        DECISIONS.put("decision values", "SELECT COUNT(*) FROM decision_log WHERE decision NOT IN"
                + " ('buy','sell','hold','close') OR decision <> lower(decision)");
        DECISIONS.put("confidence", "SELECT COUNT(*) FROM decision_log WHERE confidence IS NULL OR confidence < 0"
                + " OR confidence > 100");
        DECISIONS.put("executions", "SELECT COUNT(*) FROM decision_log WHERE (executed = 1) <> (execution_status IS"
                + " 'filled') OR (executed = 1 AND (execution_time <= timestamp OR execution_price IS NULL))");
        DECISIONS.put("prices", "SELECT COUNT(*) FROM decision_log WHERE NOT current_price > 0");
        DECISIONS.put("reasoning", "SELECT COUNT(*) FROM decision_log WHERE length(reasoning) < 40");
        LEADERBOARD.put("ranks", "SELECT COUNT(*) FROM (SELECT timeframe, snapshot_time FROM leaderboard_snapshots"
                + " GROUP BY 1, 2 HAVING MIN(rank) <> 1 OR MAX(rank) <> COUNT(*) OR COUNT(DISTINCT rank) <> COUNT(*)"
                + " OR COUNT(*) <> (SELECT COUNT(*) FROM current_standings))");
        LEADERBOARD.put("standings", "SELECT COUNT(*) FROM current_standings WHERE NOT (current_equity > 0"
                + " AND total_trades >= 0 AND open_positions_count >= 0 AND total_exposure_pct >= 0)");
    }

    private static final Map<String, List<String>> TIMES = Map.of(
            "metrics_timeseries.db", List.of("hourly_snapshots.timestamp", "trade_log.entry_time",
                    "trade_log.exit_time", "trade_log.created_at"),
            "decisions.db", List.of("decision_log.timestamp", "decision_log.execution_time"),
            "leaderboard.db", List.of("leaderboard_snapshots.snapshot_time", "current_standings.last_updated"));

    private BattleChecks() {
    }

    /** Every breach of the contract found in the folder; empty when all rules hold. */
    static List<String> breaches(Path folder) throws SQLException {
        List<String> found = new ArrayList<>();
        count(folder.resolve("metrics_timeseries.db"), METRICS, found);
        count(folder.resolve("decisions.db"), DECISIONS, found);
        count(folder.resolve("leaderboard.db"), LEADERBOARD, found);
        for (Map.Entry<String, List<String>> e : TIMES.entrySet()) {
            try (Connection c = connect(folder.resolve(e.getKey())); Statement st = c.createStatement()) {
                for (String column : e.getValue()) {
                    String[] tc = column.split("\\.");
                    try (ResultSet rs = st.executeQuery("SELECT " + tc[1] + " FROM " + tc[0] + " WHERE " + tc[1]
                            + " IS NOT NULL")) {
                        while (rs.next()) {
                            String text = rs.getString(1);
                            if (!canonical(text)) {
                                found.add(column + " not in the engine's form: '" + text + "'");
                                break;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean canonical(String text) {
        try {
            return Stamp.format(Stamp.parse(text).local()).equals(text);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void count(Path db, Map<String, String> checks, List<String> found) throws SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet rs = st.executeQuery(check.getValue())) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        found.add(check.getKey() + ": " + rs.getLong(1) + " rows in " + db.getFileName());
                    }
                }
            }
        }
    }

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    static long count(Path db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of a table as text, in id order (or by key for current_standings). */
    static List<String> dump(Path db, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        String order = table.equals("current_standings") ? "model_id" : "id";
        try (Connection c = connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }
}
