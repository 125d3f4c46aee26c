package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Standing;
import com.battlescope.model.TimedDecision;
import com.battlescope.model.Trade;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BattleFolderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void everyRowOfEveryFixtureIsRead(String name) throws Exception {
        Path dir = Fixtures.copy(name, tmp);
        try (BattleFolder bf = BattleFolder.open(dir)) {
            long snapshots = bf.metrics().read(s -> s.getMapper(SnapshotMapper.class).countSnapshots());
            assertThat(snapshots).isEqualTo(count(dir.resolve("metrics_timeseries.db"), "hourly_snapshots"));
            List<String> models = bf.metrics().read(s -> s.getMapper(SnapshotMapper.class).getModelIds());
            long read = 0;
            for (String m : models) {
                List<HourlySnapshot> rows = bf.metrics().read(s ->
                        s.getMapper(SnapshotMapper.class).getSnapshotsByModel(m, null, null));
                read += rows.size();
                assertThat(rows).allSatisfy(r -> assertThat(r.timestamp()).isNotNull());
            }
            assertThat(read).isEqualTo(snapshots);
            long decisions = bf.decisions().read(s -> s.getMapper(DecisionMapper.class).countDecisions());
            assertThat(decisions).isEqualTo(count(dir.resolve("decisions.db"), "decision_log")).isPositive();
            List<Trade> trades = bf.metrics().read(s -> s.getMapper(TradeMapper.class).getTrades(null, null, null));
            assertThat((long) trades.size()).isEqualTo(count(dir.resolve("metrics_timeseries.db"), "trade_log"));
            List<Standing> standings = bf.leaderboard().read(s -> s.getMapper(LeaderboardMapper.class).getStandings());
            assertThat(standings).hasSize(models.size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"full-split"})
    void splitLayoutUsesLeaderboardDb(String name) {
        try (BattleFolder bf = BattleFolder.open(Fixtures.copy(name, tmp))) {
            assertThat(bf.layout()).isEqualTo("split");
            assertThat(bf.leaderboard().file().getFileName().toString()).isEqualTo("leaderboard.db");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny"})
    void timedDecisionsCarrySqliteJulianDay(String name) throws Exception {
        Path dir = Fixtures.copy(name, tmp);
        try (BattleFolder bf = BattleFolder.open(dir)) {
            List<TimedDecision> rows = bf.decisions().read(s ->
                    s.getMapper(DecisionMapper.class).getTimedDecisionsBySymbol("AAPL", null, null, null, null));
            assertThat(rows).isNotEmpty();
            TimedDecision first = rows.get(0);
            Decision d = first.decision();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT julianday(timestamp), timestamp, reasoning FROM decision_log WHERE id = " + d.id())) {
                rs.next();
                assertThat(first.julianDay()).isEqualTo(rs.getDouble(1));
                assertThat(d.timestamp().text()).isEqualTo(rs.getString(2));
                assertThat(d.reasoning()).isEqualTo(rs.getString(3));
            }
        }
    }

    static long count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}
