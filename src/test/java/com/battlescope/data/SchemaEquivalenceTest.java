package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A database created from {@code sql/} is the same, to the engine, as one the engine's schema code created. */
class SchemaEquivalenceTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("full-split", "metrics_timeseries.db", List.of(SchemaScripts.METRICS), true),
                Arguments.of("full-split", "leaderboard.db", List.of(SchemaScripts.LEADERBOARD), true),
                Arguments.of("full-split", "decisions.db", List.of(SchemaScripts.DECISIONS), true),
                // the engine's default: leaderboard tables inside the metrics file, without the views
                Arguments.of("engine-default", "metrics_timeseries.db",
                        List.of(SchemaScripts.METRICS, SchemaScripts.LEADERBOARD), false));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("pairs")
    void sameTablesColumnsIndexesAndViews(String fixture, String file, List<String> scripts, boolean views)
            throws Exception {
        Path engine = Fixtures.copy(fixture, tmp).resolve(file);
        Path ours = created(scripts, views);
        List<String> expected = describe(engine);
        assertThat(expected).as("the description must see the schema").anyMatch(l -> l.startsWith("index "));
        assertThat(describe(ours)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("pairs")
    void sameRowsAcceptedAndRejected(String fixture, String file, List<String> scripts, boolean views)
            throws Exception {
        Path engine = Fixtures.copy(fixture, tmp).resolve(file);
        Path ours = created(scripts, views);
        Set<String> tables = tables(engine);
        List<Case> cases = CASES.stream().filter(c -> tables.contains(c.table())).toList();
        assertThat(cases).isNotEmpty();
        for (Case c : cases) {
            assertThat(accepts(engine, c)).as("engine file, %s", c).isEqualTo(c.good());
            assertThat(accepts(ours, c)).as("sql/ file, %s", c).isEqualTo(c.good());
        }
    }

    @Test
    void statementsSplitCleanly() {
        assertThat(SchemaScripts.statements(SchemaScripts.LEADERBOARD, true))
                .hasSize(9).allSatisfy(s -> assertThat(s).startsWith("CREATE").doesNotEndWith(";"));
        assertThat(SchemaScripts.statements(SchemaScripts.LEADERBOARD, false))
                .hasSize(7).noneMatch(s -> s.contains("VIEW"));
    }

    private Path created(List<String> scripts, boolean views) {
        Path file = tmp.resolve("ours-" + System.nanoTime() + ".db");
        try (SqliteDatabase db = SqliteDatabase.create(file)) {
            SchemaScripts.apply(db, views, scripts.toArray(String[]::new));
        }
        return file;
    }

    /** One line per column, index column and view, in a stable order. */
    static List<String> describe(Path db) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = TestDb.jdbc(db); Statement st = c.createStatement()) {
            for (String table : tables(db)) {
                try (ResultSet rs = st.executeQuery("PRAGMA table_xinfo(" + SqliteDatabase.quote(table) + ")")) {
                    while (rs.next()) {
                        lines.add("column " + table + "." + rs.getString("name") + " type=" + rs.getString("type")
                                + " notnull=" + rs.getInt("notnull") + " default=" + rs.getString("dflt_value")
                                + " pk=" + rs.getInt("pk") + " hidden=" + rs.getInt("hidden"));
                    }
                }
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("PRAGMA index_list(" + SqliteDatabase.quote(table) + ")")) {
                    while (rs.next()) {
                        indexes.add(rs.getString("name") + " unique=" + rs.getInt("unique") + " origin="
                                + rs.getString("origin") + " partial=" + rs.getInt("partial"));
                    }
                }
                indexes.sort(null);
                for (String index : indexes) {
                    lines.add("index " + table + " " + index);
                    String name = index.substring(0, index.indexOf(' '));
                    try (ResultSet rs = st.executeQuery("PRAGMA index_xinfo(" + SqliteDatabase.quote(name) + ")")) {
                        while (rs.next()) {
                            lines.add("  " + name + " #" + rs.getInt("seqno") + " " + rs.getString("name")
                                    + " desc=" + rs.getInt("desc") + " coll=" + rs.getString("coll")
                                    + " key=" + rs.getInt("key"));
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name")) {
                while (rs.next()) {
                    lines.add("view " + rs.getString(1) + " " + rs.getString(2).replaceAll("\\s+", " "));
                }
            }
        }
        return lines;
    }

    static Set<String> tables(Path db) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = TestDb.jdbc(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Runs the statements of a case in a transaction that is always rolled back; true when all succeeded. */
    private static boolean accepts(Path db, Case c) throws SQLException {
        try (Connection conn = TestDb.jdbc(db); Statement st = conn.createStatement()) {
            conn.setAutoCommit(false);
            try {
                for (String sql : c.statements()) {
                    st.executeUpdate(sql);
                }
                return true;
            } catch (SQLException e) {
                String m = e.getMessage();
                assertThat(m).as("%s must fail on a constraint, not on bad test SQL", c).contains("constraint");
                return false;
            } finally {
                conn.rollback();
            }
        }
    }

    record Case(String table, boolean good, List<String> statements) {
        @Override
        public String toString() {
            return (good ? "good " : "bad ") + statements.get(statements.size() - 1);
        }
    }

    private static final String SNAP = "INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
            + "positions_count) VALUES ";
    private static final String TRADE = "INSERT INTO trade_log (model_id, symbol, direction, entry_price, entry_time, "
            + "shares, exit_price, exit_time, exit_reason, realized_pnl, realized_pnl_pct) VALUES ";
    private static final String DAILY = "INSERT INTO daily_summaries (model_id, date, opening_equity, closing_equity, "
            + "high_equity, low_equity, daily_pnl, daily_return_pct, trades_opened, trades_closed) VALUES ";
    private static final String WEEKLY = "INSERT INTO weekly_summaries (model_id, week_start, week_end, starting_equity, "
            + "ending_equity, weekly_return_pct, total_trades, winning_trades, losing_trades) VALUES ";
    private static final String MONTHLY = "INSERT INTO monthly_summaries (model_id, year, month, starting_equity, "
            + "ending_equity, monthly_return_pct, total_trades, winning_trades, losing_trades) VALUES ";
    private static final String DECISION = "INSERT INTO decision_log (model_id, symbol, decision, reasoning, confidence, "
            + "timestamp, current_price, direction, execution_status) VALUES ";
    private static final String LB = "INSERT INTO leaderboard_snapshots (model_id, timeframe, snapshot_time, rank, "
            + "total_return_pct, total_return_dollars, current_equity, total_trades, open_positions_count, "
            + "total_exposure_pct, profit_factor) VALUES ";
    private static final String STANDING = "INSERT INTO current_standings (model_id, total_return_pct, "
            + "total_return_dollars, current_equity, total_trades, open_positions_count, total_exposure_pct, "
            + "last_updated, profit_factor) VALUES ";
    private static final String SNAP_OK = SNAP + "('zz', '2025-01-01 10:00:00', 100, 0, 0, 0)";
    private static final String DAILY_OK = DAILY + "('zz', '2025-01-01', 1, 1, 1, 1, 0, 0, 0, 0)";
    private static final String WEEKLY_OK = WEEKLY + "('zz', '2025-01-06', '2025-01-10', 1, 1, 0, 0, 0, 0)";
    private static final String MONTHLY_OK = MONTHLY + "('zz', 2025, 12, 1, 1, 0, 0, 0, 0)";
    private static final String LB_OK = LB + "('zz', 'daily', '2025-01-01 10:00:00', 1, 0, 0, 1, 0, 0, 0, 9e999)";
    private static final String STANDING_OK = STANDING + "('zz', 0, 0, 1, 0, 0, 0, '2025-01-01 10:00:00', NULL)";

    private static final List<Case> CASES = List.of(
            good("hourly_snapshots", SNAP_OK),
            good("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', 9e999, 9e999, 0, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', 0, 0, 0, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', -5, 0, 0, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', 100, -1, 0, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', 100, 0, -1, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', '2025-01-01 10:00:00', 100, 0, 0, -1)"),
            bad("hourly_snapshots", SNAP + "(NULL, '2025-01-01 10:00:00', 100, 0, 0, 0)"),
            bad("hourly_snapshots", SNAP + "('zz', NULL, 100, 0, 0, 0)"),
            bad("hourly_snapshots", SNAP_OK, SNAP_OK),
            good("hourly_snapshots", SNAP_OK, SNAP + "('zz', '2025-01-01 11:00:00', 100, 0, 0, 0)"),
            good("trade_log", TRADE + "('zz', 'AAPL', 'long', 1, '2025-01-01 10:00:00', 1, 2, '2025-01-01 11:00:00', "
                    + "'manual', 1, 100)"),
            bad("trade_log", TRADE + "('zz', 'AAPL', 'up', 1, '2025-01-01 10:00:00', 1, 2, '2025-01-01 11:00:00', "
                    + "'manual', 1, 100)"),
            bad("trade_log", TRADE + "('zz', 'AAPL', 'long', 1, '2025-01-01 10:00:00', 1, 2, '2025-01-01 11:00:00', "
                    + "'panic', 1, 100)"),
            bad("trade_log", TRADE + "('zz', 'AAPL', 'long', 1, '2025-01-01 10:00:00', 0, 2, '2025-01-01 11:00:00', "
                    + "'manual', 1, 100)"),
            bad("trade_log", TRADE + "('zz', 'AAPL', 'long', 0, '2025-01-01 10:00:00', 1, 2, '2025-01-01 11:00:00', "
                    + "'manual', 1, 100)"),
            good("daily_summaries", DAILY_OK),
            bad("daily_summaries", DAILY + "('zz', '2025-01-01', 0, 1, 1, 1, 0, 0, 0, 0)"),
            bad("daily_summaries", DAILY + "('zz', '2025-01-01', 1, 1, 1, 1, 0, 0, -1, 0)"),
            bad("daily_summaries", DAILY_OK, DAILY_OK),
            good("weekly_summaries", WEEKLY_OK),
            bad("weekly_summaries", WEEKLY + "('zz', '2025-01-06', '2025-01-10', 0, 1, 0, 0, 0, 0)"),
            bad("weekly_summaries", WEEKLY_OK, WEEKLY_OK),
            good("monthly_summaries", MONTHLY_OK),
            good("monthly_summaries", MONTHLY + "('zz', 2025, 1, 1, 1, 0, 0, 0, 0)"),
            bad("monthly_summaries", MONTHLY + "('zz', 2025, 13, 1, 1, 0, 0, 0, 0)"),
            bad("monthly_summaries", MONTHLY + "('zz', 2025, 0, 1, 1, 0, 0, 0, 0)"),
            bad("monthly_summaries", MONTHLY_OK, MONTHLY_OK),
            good("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', 100, '2025-01-01 10:00:00', 1, 'long', 'filled')"),
            good("decision_log", DECISION + "('zz', 'AAPL', 'hold', '', NULL, '2025-01-01 10:00:00', NULL, NULL, NULL)"),
            good("decision_log", DECISION + "('zz', 'AAPL', 'close', 'r', 0, '2025-01-01 10:00:00', 1, 'short', 'pending')"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'BUY', 'r', 50, '2025-01-01 10:00:00', 1, NULL, NULL)"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'maybe', 'r', 50, '2025-01-01 10:00:00', 1, NULL, NULL)"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', 101, '2025-01-01 10:00:00', 1, NULL, NULL)"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', -1, '2025-01-01 10:00:00', 1, NULL, NULL)"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', 50, '2025-01-01 10:00:00', 0, NULL, NULL)"),
            // the engine's CHECK(x IN (..., NULL)) is NULL, not false, for other text: it lets any text through
            good("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', 50, '2025-01-01 10:00:00', 1, 'up', NULL)"),
            good("decision_log", DECISION + "('zz', 'AAPL', 'buy', 'r', 50, '2025-01-01 10:00:00', 1, NULL, 'done')"),
            bad("decision_log", DECISION + "('zz', 'AAPL', 'buy', NULL, 50, '2025-01-01 10:00:00', 1, NULL, NULL)"),
            good("leaderboard_snapshots", LB_OK),
            good("leaderboard_snapshots", LB_OK, LB + "('zz', 'weekly', '2025-01-01 10:00:00', 1, 0, 0, 1, 0, 0, 0, NULL)"),
            bad("leaderboard_snapshots", LB + "('zz', 'yearly', '2025-01-01 10:00:00', 1, 0, 0, 1, 0, 0, 0, NULL)"),
            bad("leaderboard_snapshots", LB + "('zz', 'daily', '2025-01-01 10:00:00', 0, 0, 0, 1, 0, 0, 0, NULL)"),
            bad("leaderboard_snapshots", LB + "('zz', 'daily', '2025-01-01 10:00:00', 1, 0, 0, 0, 0, 0, 0, NULL)"),
            bad("leaderboard_snapshots", LB + "('zz', 'daily', '2025-01-01 10:00:00', 1, 0, 0, 1, 0, 0, -1, NULL)"),
            bad("leaderboard_snapshots", LB_OK, LB_OK),
            good("current_standings", STANDING_OK),
            good("current_standings", STANDING_OK, "INSERT OR REPLACE" + STANDING_OK.substring("INSERT".length())),
            bad("current_standings", STANDING_OK, STANDING_OK),
            bad("current_standings", STANDING + "('zz', 0, 0, 0, 0, 0, 0, '2025-01-01 10:00:00', NULL)"),
            bad("current_standings", STANDING + "('zz', 0, 0, 1, 0, 0, 0, NULL, NULL)"));

    private static Case good(String table, String... sql) {
        return new Case(table, true, List.of(sql));
    }

    private static Case bad(String table, String... sql) {
        return new Case(table, false, List.of(sql));
    }
}
