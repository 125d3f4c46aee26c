package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queries rewritten to seek indexes give exactly the rows of their former full-scan SQL. */
class IndexedRewriteTest {
    private static final String OLD_COUNTS = "SELECT model_id, COUNT(*) AS decisions, "
            + "SUM(CASE WHEN executed THEN 1 ELSE 0 END) AS executed_decisions "
            + "FROM decision_log GROUP BY model_id ORDER BY model_id";
    private static final String OLD_LATEST = "SELECT id, model_id FROM hourly_snapshots s "
            + "WHERE s.timestamp = (SELECT MAX(timestamp) FROM hourly_snapshots x WHERE x.model_id = s.model_id) "
            + "ORDER BY model_id";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void decisionCountsAndLatestSnapshotsMatchTheFormerSql(String name) throws Exception {
        Path folder = Fixtures.copy(name, tmp);
        try (BattleFolder bf = BattleFolder.open(folder)) {
            List<ModelDecisionCounts> counts = bf.decisions().read(s -> s.getMapper(DecisionMapper.class)
                    .getDecisionCounts());
            assertThat(counts).isNotEmpty().isEqualTo(oldCounts(bf.decisions().file()));
            List<HourlySnapshot> latest = bf.metrics().read(s -> s.getMapper(SnapshotMapper.class)
                    .getLatestSnapshots());
            List<Map<String, Object>> expected = TestDb.rows(bf.metrics().file(), OLD_LATEST);
            assertThat(latest).hasSameSizeAs(expected).isNotEmpty();
            for (int i = 0; i < latest.size(); i++) {
                assertThat(latest.get(i).id()).isEqualTo(((Number) expected.get(i).get("id")).longValue());
                assertThat(latest.get(i).modelId()).isEqualTo(expected.get(i).get("model_id"));
            }
        }
    }

    @Test
    void oddExecutedValuesCountAsBefore() throws Exception {
        Path file = tmp.resolve("decisions.db");
        TestDb.created(file, SchemaScripts.DECISIONS).close();
        try (Connection c = TestDb.jdbc(file); Statement st = c.createStatement()) {
            // 1 and 2, -1, 0.5 and '3abc' are true for SQLite's CASE; 0, 0.0, 'yes' and '' are false
            String[] values = {"1", "2", "-1", "0.5", "'3abc'", "0", "0.0", "'yes'", "''", "1"};
            for (int i = 0; i < values.length; i++) {
                st.execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp, executed) "
                        + "VALUES ('" + (i < 5 ? "a" : "b") + "', 'AAPL', 'hold', 'r', '2025-01-06 10:00:0" + i
                        + "', " + values[i] + ")");
            }
            st.execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp, executed) "
                    + "VALUES ('c', 'AAPL', 'hold', 'r', '2025-01-06 11:00:00', 0)");
        }
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            List<ModelDecisionCounts> counts = db.read(s -> s.getMapper(DecisionMapper.class).getDecisionCounts());
            assertThat(counts).containsExactly(new ModelDecisionCounts("a", 5, 5), new ModelDecisionCounts("b", 5, 1),
                    new ModelDecisionCounts("c", 1, 0));
            assertThat(counts).isEqualTo(oldCounts(file));
        }
    }

    private static List<ModelDecisionCounts> oldCounts(Path file) throws Exception {
        return TestDb.rows(file, OLD_COUNTS).stream().map(r -> new ModelDecisionCounts((String) r.get("model_id"),
                ((Number) r.get("decisions")).longValue(), ((Number) r.get("executed_decisions")).longValue())).toList();
    }
}
