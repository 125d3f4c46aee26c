package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.ComparisonPair;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's own view is the oracle: our index-based pairs must equal its rows exactly. */
class ComparisonServiceTest {
    @TempDir
    Path tmp;

    @Test
    void pairsEqualTheEngineViewForEverySymbolAndDay() throws Exception {
        Path dir = Fixtures.copy("full-split", tmp);
        try (Battle battle = new BattleService().open(dir);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"))) {
            int compared = 0;
            for (String symbol : battle.symbols()) {
                for (String day : List.of("2025-01-06", "2025-01-15", "2025-02-04")) {
                    String next = java.time.LocalDate.parse(day).plusDays(1).toString();
                    List<String> expected = viewRows(c, symbol, day, next);
                    List<String> actual = new ComparisonService()
                            .pairs(battle, symbol, TimeRange.parse(day, next), 5).stream()
                            .map(ComparisonServiceTest::row).toList();
                    assertThat(actual).as(symbol + " " + day).containsExactlyElementsOf(expected);
                    compared += expected.size();
                }
            }
            assertThat(compared).isGreaterThan(100);
        }
    }

    @Test
    void timesWithOffsetsOrTheTFormNearTheBoundsAreStillPaired() throws Exception {
        Path dir = Fixtures.copy("full-split", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"))) {
            for (String time : List.of("2025-01-16T00:02:00", "2025-01-14 23:58:00+00:00", "2025-01-16 01:30:00+02:00",
                    "2025-01-14 22:00:00-03:00", "2025-01-15T23:59:00Z", "2025-01-14 23:57:00")) {
                for (String model : List.of("offset-a", "offset-b")) {
                    c.createStatement().execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
                            + "timestamp) VALUES ('" + model + "', 'AAPL', 'hold', 'edge', '" + time + "')");
                }
            }
        }
        try (Battle battle = new BattleService().open(dir);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"))) {
            for (String[] day : List.of(new String[] {"2025-01-15", "2025-01-16"},
                    new String[] {"2025-01-14", "2025-01-15"}, new String[] {"2025-01-16", "2025-01-17"})) {
                List<String> expected = viewRows(c, "AAPL", day[0], day[1]);
                List<String> actual = new ComparisonService().pairs(battle, "AAPL", TimeRange.parse(day[0], day[1]), 5)
                        .stream().map(ComparisonServiceTest::row).toList();
                assertThat(actual).as(day[0]).containsExactlyElementsOf(expected);
                assertThat(expected).as(day[0]).anyMatch(r -> r.contains("offset-a"));
            }
        }
    }

    @Test
    void comparisonQueryIsAnIndexSearch() throws Exception {
        Path dir = Fixtures.copy("full-split", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT *, julianday(timestamp) "
                     + "FROM decision_log WHERE symbol = 'AAPL' AND timestamp >= '2025-01-14' "
                     + "AND timestamp <= '2025-01-17' ORDER BY timestamp DESC, id ASC")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            assertThat(plan.toString()).contains("SEARCH decision_log USING INDEX idx_decision_symbol_time")
                    .doesNotContain("SCAN decision_log");
        }
    }

    private static List<String> viewRows(Connection c, String symbol, String from, String to) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT timestamp, model_1_id, model_1_decision, "
                + "model_2_id, model_2_decision, time_diff_minutes FROM decision_comparison "
                + "WHERE symbol = ? AND timestamp >= ? AND timestamp <= ?")) {
            ps.setString(1, symbol);
            ps.setString(2, from);
            ps.setString(3, to);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "|" + rs.getString(5) + "|" + rs.getDouble(6));
                }
            }
            return rows;
        }
    }

    private static String row(ComparisonPair p) {
        return p.timestamp().text() + "|" + p.model1Id() + "|" + p.model1Decision() + "|" + p.model2Id() + "|"
                + p.model2Decision() + "|" + p.timeDiffMinutes();
    }
}
