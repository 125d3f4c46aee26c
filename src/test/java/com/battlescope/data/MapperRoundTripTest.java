package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.DailySummary;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.model.WeeklySummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mapper writes what the engine writes (checked with plain JDBC) and reads back the same records. */
class MapperRoundTripTest {
    private static final Stamp T1 = Stamp.parse("2025-03-03 14:00:00.532113");
    private static final Stamp T2 = Stamp.parse("2025-03-03 15:00:00");
    private static final Stamp T_UTC = Stamp.parse("2025-03-03 16:00:00.000001+00:00");
    private static final double INF = Double.POSITIVE_INFINITY;

    @TempDir
    Path tmp;

    @Test
    void snapshotsRoundTripAndUpsertOnModelAndTime() throws Exception {
        Path file = tmp.resolve("metrics_timeseries.db");
        try (SqliteDatabase db = TestDb.created(file, SchemaScripts.METRICS)) {
            db.write(s -> {
                SnapshotMapper m = s.getMapper(SnapshotMapper.class);
                m.insertSnapshot(new HourlySnapshot(null, "a", T1, 100_000.5, 50_000, 50_000.5, 3));
                m.insertSnapshot(new HourlySnapshot(null, "a", T2, 101_000, INF, 0, 0));
                return m.insertSnapshot(new HourlySnapshot(null, "b", T_UTC, 99_000, 99_000, 0, 0));
            });
            List<Map<String, Object>> stored = TestDb.rows(file,
                    "SELECT timestamp, typeof(timestamp) AS t, equity, cash, typeof(cash) AS ct FROM hourly_snapshots ORDER BY id");
            assertThat(stored).extracting(r -> r.get("timestamp")).containsExactly(
                    "2025-03-03 14:00:00.532113", "2025-03-03 15:00:00", "2025-03-03 16:00:00.000001+00:00");
            assertThat(stored).allSatisfy(r -> assertThat(r.get("t")).isEqualTo("text"));
            assertThat(stored.get(1).get("cash")).isEqualTo(INF);
            assertThat(stored.get(1).get("ct")).isEqualTo("real");

            List<HourlySnapshot> a = db.read(s -> s.getMapper(SnapshotMapper.class).getSnapshotsByModel("a", null, null));
            assertThat(a).containsExactly(new HourlySnapshot(1L, "a", T1, 100_000.5, 50_000, 50_000.5, 3),
                    new HourlySnapshot(2L, "a", T2, 101_000, INF, 0, 0));
            assertThat(db.<List<HourlySnapshot>>read(s -> s.getMapper(SnapshotMapper.class).getSnapshotsByModel("b", null, null)).get(0)
                    .timestamp().offset()).isNotNull();
            assertThat(db.<List<HourlySnapshot>>read(s -> s.getMapper(SnapshotMapper.class)
                    .getSnapshotsByModel("a", "2025-03-03 14:30:00", "2025-03-03 15:00:00"))).extracting(HourlySnapshot::id)
                    .containsExactly(2L);

            db.write(s -> s.getMapper(SnapshotMapper.class)
                    .upsertSnapshot(new HourlySnapshot(null, "a", T1, 100_500, 40_000, 60_500, 4)));
            assertThat(TestDb.rows(file, "SELECT id, equity, positions_count FROM hourly_snapshots WHERE model_id = 'a' ORDER BY id"))
                    .containsExactly(Map.of("id", 1, "equity", 100_500.0, "positions_count", 4),
                            Map.of("id", 2, "equity", 101_000.0, "positions_count", 0));
            assertThatThrownBy(() -> db.write(s -> s.getMapper(SnapshotMapper.class)
                    .insertSnapshot(new HourlySnapshot(null, "a", T1, 1, 1, 0, 0))))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining(file.toString())
                    .hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void decisionsRoundTripWithBooleansAndNulls() throws Exception {
        Path file = tmp.resolve("decisions.db");
        Decision full = new Decision(null, "gpt-4o", "AAPL", "buy", "breakout, 50% of size", 71.5, T1, 241.3, 10.0,
                241.3, 235.0, 250.0, "long", true, 241.35, T2, "filled");
        Decision sparse = new Decision(null, "claude", "MSFT", "hold", "", null, T_UTC, null, null, null, null,
                null, null, false, null, null, null);
        try (SqliteDatabase db = TestDb.created(file, SchemaScripts.DECISIONS)) {
            db.write(s -> s.getMapper(DecisionMapper.class).insertDecision(full)
                    + s.getMapper(DecisionMapper.class).insertDecision(sparse));
            Map<String, Object> r1 = TestDb.row(file, "SELECT executed, typeof(executed) AS et, timestamp, execution_time, "
                    + "confidence FROM decision_log WHERE id = 1");
            assertThat(r1).containsEntry("executed", 1).containsEntry("et", "integer")
                    .containsEntry("timestamp", "2025-03-03 14:00:00.532113")
                    .containsEntry("execution_time", "2025-03-03 15:00:00").containsEntry("confidence", 71.5);
            Map<String, Object> r2 = TestDb.row(file, "SELECT executed, confidence, current_price, direction, "
                    + "execution_time, execution_status FROM decision_log WHERE id = 2");
            assertThat(r2).containsEntry("executed", 0);
            assertThat(r2.values().stream().skip(1)).containsOnlyNulls();

            assertThat(db.<Decision>read(s -> s.getMapper(DecisionMapper.class).getDecision(1))).isEqualTo(withId(full, 1));
            assertThat(db.<Decision>read(s -> s.getMapper(DecisionMapper.class).getDecision(2))).isEqualTo(withId(sparse, 2));
            assertThat(db.<List<Decision>>read(s -> s.getMapper(DecisionMapper.class).getDecisionsAfterId(0)))
                    .containsExactly(withId(full, 1), withId(sparse, 2));
            assertThat(db.<List<ModelDecisionCounts>>read(s -> s.getMapper(DecisionMapper.class).getDecisionCounts()))
                    .containsExactly(new ModelDecisionCounts("claude", 1, 0), new ModelDecisionCounts("gpt-4o", 1, 1));
        }
    }

    @Test
    void tradesRoundTripAndDefaultCreatedAtIsUtcText() throws Exception {
        Path file = tmp.resolve("metrics_timeseries.db");
        Trade given = new Trade(null, "a", "AAPL", "long", 100.25, T1, 10, 110.5, T2, "take_profit", 102.5, 10.224,
                "momentum", Stamp.parse("2025-03-03 15:00:01"));
        Trade defaulted = new Trade(null, "a", "MSFT", "short", 400, T1, 1, 390, T_UTC, "manual", 10, 2.5, null, null);
        try (SqliteDatabase db = TestDb.created(file, SchemaScripts.METRICS)) {
            db.write(s -> s.getMapper(TradeMapper.class).insertTrade(given)
                    + s.getMapper(TradeMapper.class).insertTrade(defaulted));
            Map<String, Object> stored = TestDb.row(file, "SELECT entry_time, exit_time, created_at, strategy FROM trade_log WHERE id = 2");
            assertThat(stored).containsEntry("entry_time", "2025-03-03 14:00:00.532113")
                    .containsEntry("exit_time", "2025-03-03 16:00:00.000001+00:00").containsEntry("strategy", null);
            assertThat((String) stored.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

            List<Trade> read = db.read(s -> s.getMapper(TradeMapper.class).getTrades(null, null, null));
            assertThat(read.get(0)).isEqualTo(new Trade(1L, "a", "AAPL", "long", 100.25, T1, 10, 110.5, T2,
                    "take_profit", 102.5, 10.224, "momentum", Stamp.parse("2025-03-03 15:00:01")));
            assertThat(read.get(1).createdAt().text()).isEqualTo(stored.get("created_at"));
            assertThat(read.get(1).strategy()).isNull();
        }
    }

    @Test
    void summariesUpsertOnTheirKeysKeepingTheRowId() throws Exception {
        Path file = tmp.resolve("metrics_timeseries.db");
        LocalDate day = LocalDate.of(2025, 3, 3);
        try (SqliteDatabase db = TestDb.created(file, SchemaScripts.METRICS)) {
            db.write(s -> {
                SummaryMapper m = s.getMapper(SummaryMapper.class);
                m.upsertDailySummary(new DailySummary(null, "a", day, 100, 101, 102, 99, 1, 1, 0, 0, null, null));
                m.upsertDailySummary(new DailySummary(null, "b", day, 100, 100, 100, 100, 0, 0, 0, 0, 0.0, 1.5));
                m.upsertDailySummary(new DailySummary(null, "a", day, 100, 105, 106, 98, 5, 5, 2, 1, 1.2, 2.0));
                m.upsertWeeklySummary(new WeeklySummary(null, "a", day, day.plusDays(6), 100, 110, 10, 4, 3, 1,
                        75.0, null, 2.5));
                m.upsertWeeklySummary(new WeeklySummary(null, "a", day, day.plusDays(4), 100, 120, 20, 4, 4, 0,
                        100.0, 3.0, 1.0));
                m.upsertMonthlySummary(new MonthlySummary(null, "a", 2025, 3, 100, 110, 10, 0, 0, 0, null, null,
                        null, null));
                return m.upsertMonthlySummary(new MonthlySummary(null, "a", 2025, 3, 100, 120, 20, 4, 4, 0, 100.0,
                        INF, 3.0, 1.0));
            });
            assertThat(TestDb.rows(file, "SELECT id, model_id, date, closing_equity FROM daily_summaries ORDER BY id"))
                    .containsExactly(Map.of("id", 1, "model_id", "a", "date", "2025-03-03", "closing_equity", 105.0),
                            Map.of("id", 2, "model_id", "b", "date", "2025-03-03", "closing_equity", 100.0));
            assertThat(TestDb.row(file, "SELECT profit_factor, typeof(profit_factor) AS t FROM monthly_summaries"))
                    .isEqualTo(Map.of("profit_factor", INF, "t", "real"));
            assertThat(TestDb.row(file, "SELECT week_start, week_end FROM weekly_summaries"))
                    .isEqualTo(Map.of("week_start", "2025-03-03", "week_end", "2025-03-07"));

            assertThat(db.<List<DailySummary>>read(s -> s.getMapper(SummaryMapper.class).getDailySummaries("a"))).containsExactly(
                    new DailySummary(1L, "a", day, 100, 105, 106, 98, 5, 5, 2, 1, 1.2, 2.0));
            assertThat(db.<List<DailySummary>>read(s -> s.getMapper(SummaryMapper.class).getDailySummaries("b")).get(0).maxDrawdownPct())
                    .isEqualTo(0.0);
            assertThat(db.<List<WeeklySummary>>read(s -> s.getMapper(SummaryMapper.class).getWeeklySummaries(null))).containsExactly(
                    new WeeklySummary(1L, "a", day, day.plusDays(4), 100, 120, 20, 4, 4, 0, 100.0, 3.0, 1.0));
            assertThat(db.<List<MonthlySummary>>read(s -> s.getMapper(SummaryMapper.class).getMonthlySummaries("a"))).containsExactly(
                    new MonthlySummary(1L, "a", 2025, 3, 100, 120, 20, 4, 4, 0, 100.0, INF, 3.0, 1.0));
        }
    }

    @Test
    void standingsReplaceOnModelAndSnapshotsShareOneTime() throws Exception {
        Path file = tmp.resolve("leaderboard.db");
        Standing first = new Standing("a", 1.5, 1500, 101_500, null, null, 0, null, null, 0, 0, T1);
        Standing second = new Standing("a", 2.5, 2500, 102_500, 1.1, 0.5, 3, 100.0, INF, 1, 12.5, T2);
        Stamp call = Stamp.parse("2025-03-04 09:00:00.123456");
        try (SqliteDatabase db = TestDb.created(file, SchemaScripts.LEADERBOARD)) {
            db.write(s -> {
                LeaderboardMapper m = s.getMapper(LeaderboardMapper.class);
                m.upsertStanding(first);
                m.upsertStanding(second);
                m.insertLeaderboardSnapshot(snapshot("a", "daily", T1, 1));
                m.insertLeaderboardSnapshot(snapshot("b", "daily", call, 1));
                m.insertLeaderboardSnapshot(snapshot("a", "daily", call, 2));
                m.insertLeaderboardSnapshot(snapshot("c", "daily", call, 3));
                return m.insertLeaderboardSnapshot(snapshot("a", "weekly", call, 1));
            });
            assertThat(TestDb.row(file, "SELECT COUNT(*) AS n, profit_factor, last_updated FROM current_standings"))
                    .isEqualTo(Map.of("n", 1, "profit_factor", INF, "last_updated", "2025-03-03 15:00:00"));
            assertThat(db.<List<Standing>>read(s -> s.getMapper(LeaderboardMapper.class).getStandings())).containsExactly(second);
            assertThat(TestDb.rows(file, "SELECT DISTINCT snapshot_time FROM leaderboard_snapshots WHERE id > 1"))
                    .containsExactly(Map.of("snapshot_time", "2025-03-04 09:00:00.123456"));

            List<LeaderboardSnapshot> latest = db.read(s -> s.getMapper(LeaderboardMapper.class).getLatestLeaderboard("daily"));
            assertThat(latest).extracting(LeaderboardSnapshot::modelId).containsExactly("b", "a", "c");
            assertThat(latest.get(1)).isEqualTo(withId(snapshot("a", "daily", call, 2), 3L));
            assertThat(db.<Long>read(s -> s.getMapper(LeaderboardMapper.class).countLeaderboardAt("daily", call))).isEqualTo(3);
            assertThat(db.<List<Stamp>>read(s -> s.getMapper(LeaderboardMapper.class).getSnapshotTimes("daily"))).containsExactly(T1, call);
            assertThatThrownBy(() -> db.write(s -> s.getMapper(LeaderboardMapper.class)
                    .insertLeaderboardSnapshot(snapshot("a", "daily", call, 4))))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("UNIQUE");
        }
    }

    private static LeaderboardSnapshot snapshot(String model, String timeframe, Stamp at, int rank) {
        return new LeaderboardSnapshot(null, model, timeframe, at, rank, 10.0 / rank, 1000.0 / rank, 100_000 + rank,
                rank == 1 ? null : 1.0 * rank, 2.0, rank, rank == 1 ? null : 50.0, rank == 2 ? INF : null, 0, 0);
    }

    private static LeaderboardSnapshot withId(LeaderboardSnapshot s, long id) {
        return new LeaderboardSnapshot(id, s.modelId(), s.timeframe(), s.snapshotTime(), s.rank(), s.totalReturnPct(),
                s.totalReturnDollars(), s.currentEquity(), s.sharpeRatio(), s.maxDrawdownPct(), s.totalTrades(),
                s.winRate(), s.profitFactor(), s.openPositionsCount(), s.totalExposurePct());
    }

    static Decision withId(Decision d, long id) {
        return new Decision(id, d.modelId(), d.symbol(), d.decision(), d.reasoning(), d.confidence(), d.timestamp(),
                d.currentPrice(), d.positionSize(), d.entryPrice(), d.stopLoss(), d.takeProfit(), d.direction(),
                d.executed(), d.executionPrice(), d.executionTime(), d.executionStatus());
    }
}
