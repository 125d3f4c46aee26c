package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.Standing;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SnapshotLeaderboardTest {
    static final String NOW = "2025-03-03T14:00:00.532113";
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Timeframe.class)
    void ranksEqualTheAnalyticsRankingOfTheTimeframe(Timeframe timeframe) throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);
        Path db = folder.resolve("metrics_timeseries.db");
        long before = Db.count(db, "leaderboard_snapshots");

        MaintenanceResult r = Db.service(tmp, Db.clockAt(NOW)).run(folder, new SnapshotLeaderboard(timeframe),
                MaintenanceProgress.NONE);

        List<RankedModel> expected = ranking(folder, timeframe);
        List<List<Object>> rows = Db.rows(db, "SELECT rank, model_id, total_return_pct, snapshot_time FROM "
                + "leaderboard_snapshots WHERE timeframe = ? AND id > ? ORDER BY rank", timeframe.text(), before);
        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(rows).hasSize(6).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(0)).isEqualTo(expected.get(i).rank());
            assertThat(rows.get(i).get(1)).isEqualTo(expected.get(i).modelId());
            assertThat((Double) rows.get(i).get(2)).isEqualTo(expected.get(i).entry().totalReturnPct());
            assertThat(rows.get(i).get(3)).isEqualTo("2025-03-03 14:00:00.532113");
        }
        assertThat(Db.count(db, "leaderboard_snapshots")).isEqualTo(before + 6);
        assertThat(r.tables()).containsExactly(new TableCount("metrics_timeseries.db", "leaderboard_snapshots",
                before, before + 6));
    }

    @Test
    void allTimeRowHoldsTheWholeCurvesFigures() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path db = folder.resolve("metrics_timeseries.db");

        Db.service(tmp, Db.clockAt(NOW)).run(folder, new SnapshotLeaderboard(Timeframe.ALL_TIME),
                MaintenanceProgress.NONE);

        Map<String, Object> row = Db.row(db, "SELECT * FROM leaderboard_snapshots WHERE model_id = 'gpt-4o' "
                + "AND snapshot_time = '2025-03-03 14:00:00.532113'");
        Map<String, Object> last = Db.row(db, "SELECT equity, positions_value, positions_count FROM hourly_snapshots "
                + "WHERE model_id = 'gpt-4o' ORDER BY timestamp DESC LIMIT 1");
        double equity = (Double) last.get("equity");
        // initial capital from current_standings: current_equity - total_return_dollars = 100000
        assertThat((Double) row.get("current_equity")).isEqualTo(equity);
        assertThat((Double) row.get("total_return_dollars")).isCloseTo(equity - 100_000, within(1e-6));
        assertThat((Double) row.get("total_return_pct")).isCloseTo((equity - 100_000) / 1000, within(1e-9));
        assertThat(row.get("timeframe")).isEqualTo("all_time");
        // gpt-4o's one logged trade lost money: win rate 0, profit factor 0 / loss = 0
        assertThat(row.get("total_trades")).isEqualTo(1);
        assertThat((Double) row.get("win_rate")).isEqualTo(0.0);
        assertThat((Double) row.get("profit_factor")).isEqualTo(0.0);
        assertThat(row.get("open_positions_count")).isEqualTo(last.get("positions_count"));
        assertThat((Double) row.get("total_exposure_pct"))
                .isCloseTo((Double) last.get("positions_value") / equity * 100, within(1e-9));
    }

    @Test
    void splitLayoutWritesIntoLeaderboardDbOnly() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        String metrics = Db.sha256(folder.resolve("metrics_timeseries.db"));
        String decisions = Db.sha256(folder.resolve("decisions.db"));
        long before = Db.count(folder.resolve("leaderboard.db"), "leaderboard_snapshots");

        MaintenanceResult r = Db.service(tmp, Db.clockAt(NOW)).run(folder, new SnapshotLeaderboard(Timeframe.WEEKLY),
                MaintenanceProgress.NONE);

        assertThat(Db.count(folder.resolve("leaderboard.db"), "leaderboard_snapshots")).isEqualTo(before + 8);
        assertThat(r.files()).containsExactly(folder.resolve("leaderboard.db"));
        assertThat(Db.sha256(folder.resolve("metrics_timeseries.db"))).isEqualTo(metrics);
        assertThat(Db.sha256(folder.resolve("decisions.db"))).isEqualTo(decisions);
    }

    @Test
    void refusesASecondSnapshotAtTheSameTime() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path db = folder.resolve("metrics_timeseries.db");
        MaintenanceService service = Db.service(tmp, Db.clockAt(NOW));
        service.run(folder, new SnapshotLeaderboard(Timeframe.DAILY), MaintenanceProgress.NONE);
        long after = Db.count(db, "leaderboard_snapshots");

        assertThatThrownBy(() -> service.run(folder, new SnapshotLeaderboard(Timeframe.DAILY), MaintenanceProgress.NONE))
                .hasMessageContaining(db.toString())
                .hasMessageContaining("daily snapshot at 2025-03-03 14:00:00.532113 already exists");

        assertThat(Db.count(db, "leaderboard_snapshots")).isEqualTo(after);
        // another timeframe may share the time, as the engine's own daily and all-time snapshots do
        service.run(folder, new SnapshotLeaderboard(Timeframe.ALL_TIME), MaintenanceProgress.NONE);
        assertThat(Db.count(db, "leaderboard_snapshots")).isEqualTo(after + 2);
        assertThat(service.log().entries()).extracting(LogEntry::status).containsExactly("done", "failed", "done");
    }

    @Test
    void planListsTheRankingWithoutWriting() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        String sum = Db.sha256(folder.resolve("metrics_timeseries.db"));

        MaintenancePlan plan = Db.service(tmp, Db.clockAt(NOW)).plan(folder, new SnapshotLeaderboard(Timeframe.DAILY));

        assertThat(plan.changes().get(0)).contains("insert 2 rows into leaderboard_snapshots of metrics_timeseries.db");
        assertThat(plan.changes()).anyMatch(l -> l.contains("#1 "));
        assertThat(plan.tables()).containsExactly(new TableCount("metrics_timeseries.db", "leaderboard_snapshots", 12, 14));
        assertThat(Db.sha256(folder.resolve("metrics_timeseries.db"))).isEqualTo(sum);
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    private static List<RankedModel> ranking(Path folder, Timeframe timeframe) {
        try (Battle battle = new BattleService().open(folder)) {
            Map<String, EquityCurve> curves = new LinkedHashMap<>();
            battle.curves(TimeRange.ALL).forEach((m, s) -> curves.put(m, EquityCurve.of(s)));
            Map<String, Double> capitals = new LinkedHashMap<>();
            Map<String, Standing> standings = new LinkedHashMap<>();
            battle.standings().forEach(s -> standings.put(s.modelId(), s));
            curves.forEach((m, c) -> capitals.put(m, InitialCapital.resolve(null, standings.get(m), c)));
            return Rankings.rankTimeframe(curves, capitals, timeframe);
        }
    }
}
