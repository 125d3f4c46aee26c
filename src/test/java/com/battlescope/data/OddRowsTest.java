package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionType;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Standing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows a real file may hold that the contract does not promise: read or named, never a crash. */
class OddRowsTest {
    private static final String SNAP = "INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, "
            + "positions_value, positions_count) VALUES (?, ?, ?, ?, 0, 0)";
    private static final String DECISION = "INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
            + "confidence, timestamp, current_price) VALUES (?, 'AAPL', ?, ?, ?, '2025-01-06 10:00:00', ?)";

    @TempDir
    Path tmp;
    private Path folder;
    private Path metrics;
    private Path decisions;

    @BeforeEach
    void emptyBattle() throws Exception {
        folder = Files.createDirectory(tmp.resolve("battle"));
        metrics = folder.resolve(BattleFolder.METRICS);
        decisions = folder.resolve(BattleFolder.DECISIONS);
        SchemaScripts.createBattleFolder(folder);
    }

    @Test
    void nullsUnknownDecisionsAndHugeReasoningAreRead() throws Exception {
        String huge = "x".repeat(1 << 20);
        try (Connection c = TestDb.jdbc(decisions); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            insert(c, DECISION, "a", "buy", "no numbers", null, null);
            insert(c, DECISION, "a", "maybe", "unsure", 50.0, 10.0);
            insert(c, DECISION, "b", "hold", huge, 101.0, -1.0);
        }
        try (BattleFolder bf = BattleFolder.open(folder)) {
            List<Decision> rows = bf.decisions().read(s -> s.getMapper(DecisionMapper.class).getDecisionsAfterId(0));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).confidence()).isNull();
            assertThat(rows.get(0).currentPrice()).isNull();
            assertThat(rows.get(1).decision()).isEqualTo("maybe");
            assertThat(rows.get(1).type()).isEqualTo(DecisionType.UNKNOWN);
            assertThat(rows.get(2).reasoning()).hasSize(1 << 20).isEqualTo(huge);
            assertThat(rows.get(2).confidence()).isEqualTo(101.0);
        }
    }

    @Test
    void infiniteValuesReadBackAsInfinity() throws Exception {
        try (Connection c = TestDb.jdbc(metrics)) {
            insert(c, SNAP, "a", "2025-01-06 10:00:00", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        try (Connection c = TestDb.jdbc(folder.resolve(BattleFolder.LEADERBOARD)); Statement st = c.createStatement()) {
            st.execute("INSERT INTO current_standings (model_id, total_return_pct, total_return_dollars, current_equity, "
                    + "total_trades, open_positions_count, total_exposure_pct, last_updated, profit_factor, win_rate) "
                    + "VALUES ('a', 9e999, -9e999, 9e999, 1, 0, 0, '2025-01-06 10:00:00', 9e999, NULL)");
        }
        try (BattleFolder bf = BattleFolder.open(folder)) {
            HourlySnapshot s = bf.metrics().<List<HourlySnapshot>>read(x -> x.getMapper(SnapshotMapper.class)
                    .getSnapshotsByModel("a", null, null)).get(0);
            assertThat(s.equity()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(s.cash()).isEqualTo(Double.POSITIVE_INFINITY);
            Standing st = bf.leaderboard().<List<Standing>>read(x -> x.getMapper(LeaderboardMapper.class)
                    .getStandings()).get(0);
            assertThat(st.totalReturnDollars()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(st.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(st.winRate()).isNull();
        }
    }

    @Test
    void legacyEpochNumbersAreReadAsUtcTimes() throws Exception {
        try (Connection c = TestDb.jdbc(metrics)) {
            insert(c, SNAP, "a", 1_741_010_400_532L, 1.0, 0.0);
            insert(c, SNAP, "b", 1_741_010_400L, 1.0, 0.0);
        }
        assertThat(TestDb.row(metrics, "SELECT typeof(timestamp) AS t FROM hourly_snapshots WHERE model_id = 'a'"))
                .containsEntry("t", "integer");
        try (BattleFolder bf = BattleFolder.open(folder)) {
            List<HourlySnapshot> a = bf.metrics().read(x -> x.getMapper(SnapshotMapper.class).getSnapshotsByModel("a", null, null));
            List<HourlySnapshot> b = bf.metrics().read(x -> x.getMapper(SnapshotMapper.class).getSnapshotsByModel("b", null, null));
            assertThat(a.get(0).timestamp().local()).isEqualTo(LocalDateTime.of(2025, 3, 3, 14, 0, 0, 532_000_000));
            assertThat(b.get(0).timestamp().local()).isEqualTo(LocalDateTime.of(2025, 3, 3, 14, 0, 0));
        }
    }

    @Test
    void unreadableTimesAreNamedWithTheFileAndTheValue() throws Exception {
        try (Connection c = TestDb.jdbc(metrics)) {
            insert(c, SNAP, "a", "2025-01-06 10:00:00", 1.0, 0.0);
            insert(c, SNAP, "a", "yesterday", 1.0, 0.0);
        }
        try (Connection c = TestDb.jdbc(decisions); Statement st = c.createStatement()) {
            st.execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp) "
                    + "VALUES ('a', 'AAPL', 'buy', 'r', 'soon')");
        }
        try (BattleFolder bf = BattleFolder.open(folder)) {
            assertThatThrownBy(() -> bf.metrics().read(x -> x.getMapper(SnapshotMapper.class)
                    .getSnapshotsByModel("a", null, null)))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessage(metrics + ": unreadable time in timestamp: 'yesterday'");
            assertThatThrownBy(() -> bf.decisions().read(x -> x.getMapper(DecisionMapper.class).getDecisionsAfterId(0)))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessage(decisions + ": unreadable time in timestamp: 'soon'");
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
