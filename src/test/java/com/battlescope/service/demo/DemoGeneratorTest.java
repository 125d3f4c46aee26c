package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.data.DataAccessException;
import com.battlescope.model.DailySummary;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Standing;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleReport;
import com.battlescope.service.BattleService;
import com.battlescope.service.ModelReport;
import com.battlescope.service.ReportService;
import com.battlescope.service.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    /** Monday 2025-01-06 plus 10 days: weekdays 6-10 and 13-15 Jan, 8 battle days of 7 hours. */
    static final DemoOptions MARKET = new DemoOptions(3, 2, 10, DemoHours.MARKET, 11, 3, LocalDate.of(2025, 1, 6),
            100_000);
    static final String[] TABLES = {"hourly_snapshots", "trade_log", "daily_summaries", "weekly_summaries",
        "monthly_summaries"};

    @TempDir
    static Path tmp;
    static Path market;
    static DemoResult marketResult;

    @BeforeAll
    static void generate() {
        market = tmp.resolve("market");
        marketResult = new DemoGenerator().generate(market, MARKET);
    }

    @Test
    void rowCountsFollowFromTheOptions() throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("hourly_snapshots", 3L * 8 * 7);
        expected.put("decision_log", 3L * 2 * 8 * 7 * 3);
        expected.put("current_standings", 3L);
        expected.put("leaderboard_snapshots", 4L * 3 * 8);
        expected.put("daily_summaries", 3L * 8);
        expected.put("weekly_summaries", 3L * 2);
        expected.put("monthly_summaries", 3L);
        expected.forEach((table, n) -> assertThat(marketResult.rows(table)).as(table).isEqualTo(n));
        assertThat(count("metrics_timeseries.db", "hourly_snapshots")).isEqualTo(168);
        assertThat(count("decisions.db", "decision_log")).isEqualTo(1008);
        assertThat(count("leaderboard.db", "leaderboard_snapshots")).isEqualTo(96);
        assertThat(count("leaderboard.db", "current_standings")).isEqualTo(3);
        assertThat(count("metrics_timeseries.db", "daily_summaries")).isEqualTo(24);
        assertThat(count("metrics_timeseries.db", "weekly_summaries")).isEqualTo(6);
        assertThat(count("metrics_timeseries.db", "monthly_summaries")).isEqualTo(3);
        long trades = count("metrics_timeseries.db", "trade_log");
        assertThat(trades).isPositive().isEqualTo(marketResult.rows("trade_log"));
        assertThat(BattleChecks.count(market.resolve("decisions.db"),
                "SELECT COUNT(*) FROM decision_log WHERE decision = 'close' AND executed = 1")).isEqualTo(trades);
        assertThat(marketResult.totalRows()).isEqualTo(168 + 1008 + 3 + 96 + 24 + 6 + 3 + trades);
    }

    @Test
    void aroundTheClockHasTwentyFourHoursADay(@TempDir Path dir) throws Exception {
        DemoResult r = new DemoGenerator().generate(dir, MARKET.withHours(DemoHours.ALL_DAY).withDays(2)
                .withDecisionsPerHour(0.5));
        assertThat(r.rows("hourly_snapshots")).isEqualTo(3 * 48);
        assertThat(r.rows("leaderboard_snapshots")).isEqualTo(4 * 3 * 2);
        // half a decision per model, symbol and hour: about 144 of 288 chances
        assertThat(r.rows("decision_log")).isBetween(110L, 180L);
        assertThat(BattleChecks.count(dir.resolve("metrics_timeseries.db"),
                "SELECT COUNT(DISTINCT substr(timestamp, 1, 13)) FROM hourly_snapshots")).isEqualTo(48);
        assertThat(BattleChecks.breaches(dir)).isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameRows(@TempDir Path dir) throws Exception {
        new DemoGenerator().generate(dir.resolve("again"), MARKET);
        new DemoGenerator().generate(dir.resolve("other"), MARKET.withSeed(12));
        for (String table : TABLES) {
            assertThat(dump(dir.resolve("again"), "metrics_timeseries.db", table)).as(table)
                    .isEqualTo(dump(market, "metrics_timeseries.db", table));
        }
        for (String table : List.of("leaderboard_snapshots", "current_standings")) {
            assertThat(dump(dir.resolve("again"), "leaderboard.db", table)).as(table)
                    .isEqualTo(dump(market, "leaderboard.db", table));
        }
        List<String> decisions = dump(market, "decisions.db", "decision_log");
        assertThat(dump(dir.resolve("again"), "decisions.db", "decision_log")).isEqualTo(decisions);
        assertThat(dump(dir.resolve("other"), "decisions.db", "decision_log")).hasSameSizeAs(decisions)
                .isNotEqualTo(decisions);
    }

    @Test
    void everyRowKeepsTheDataContract() throws Exception {
        assertThat(BattleChecks.breaches(market)).isEmpty();
        assertThat(BattleChecks.count(market.resolve("decisions.db"),
                "SELECT COUNT(DISTINCT decision) FROM decision_log")).isEqualTo(4);
        assertThat(BattleChecks.count(market.resolve("decisions.db"), "SELECT COUNT(*) FROM decision_log"
                + " WHERE execution_status NOT IN ('filled', 'rejected', 'cancelled')")).isZero();
        assertThat(BattleChecks.count(market.resolve("decisions.db"), "SELECT COUNT(*) FROM decision_log"
                + " WHERE decision IN ('buy', 'sell') AND execution_status = 'filled'")).isPositive();
        for (String db : List.of("metrics_timeseries.db", "leaderboard.db", "decisions.db")) {
            assertThat(text(market.resolve(db), "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(text(market.resolve(db), "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void marketHoursDecideAndSnapshotBetweenTheOpenAndTheClose() throws Exception {
        try (Battle battle = new BattleService().open(market)) {
            for (HourlySnapshot s : battle.snapshots("gpt-4o", TimeRange.ALL)) {
                assertThat(s.timestamp().date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
                assertThat(s.timestamp().time()).isBetween(LocalTime.of(10, 25), LocalTime.of(16, 0));
            }
            battle.forEachDecision(TimeRange.ALL, d ->
                    assertThat(d.timestamp().time()).isBetween(LocalTime.of(9, 30), LocalTime.of(15, 55)));
        }
    }

    @Test
    void decisionIndexesAreTheSchemasAfterTheBulkLoad(@TempDir Path dir) throws Exception {
        com.battlescope.data.SchemaScripts.createBattleFolder(dir);
        String indexes = "SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND tbl_name = 'decision_log' ORDER BY name)";
        assertThat(text(market.resolve("decisions.db"), indexes)).isEqualTo(text(dir.resolve("decisions.db"), indexes))
                .contains("idx_decision_symbol_time", "idx_decision_timestamp");
    }

    @Test
    void theFolderOpensAndReportsWhatTheStandingsSay() {
        try (Battle battle = new BattleService().open(market)) {
            assertThat(battle.layout()).isEqualTo("split");
            assertThat(battle.modelIds()).containsExactly("claude-sonnet-3.5", "gemini-1.5-pro", "gpt-4o");
            assertThat(battle.symbols()).containsExactly("AAPL", "MSFT");
            BattleReport report = new ReportService().report(battle, null);
            Map<String, Standing> standings = battle.standings().stream()
                    .collect(Collectors.toMap(Standing::modelId, s -> s));
            for (ModelReport m : report.models()) {
                Standing s = standings.get(m.modelId());
                assertThat(m.curve().initialCapital()).isCloseTo(100_000, within(1e-6));
                assertThat(m.curve().totalReturnPct()).isCloseTo(s.totalReturnPct(), within(1e-9));
                assertThat(m.curve().sharpeRatio()).isCloseTo(s.sharpeRatio(), within(1e-9));
                assertThat(m.curve().maxDrawdownPct()).isCloseTo(s.maxDrawdownPct(), within(1e-9));
                assertThat(m.trades().count()).isEqualTo(s.totalTrades());
                assertThat(m.decisions()).isEqualTo(2L * 8 * 7 * 3);
                assertThat(m.executedDecisions()).isPositive();
                assertThat(m.curve().totalReturnPct()).isBetween(-30.0, 30.0);
            }
            assertThat(report.leaderboard()).extracting(RankedModel::modelId)
                    .containsExactlyElementsOf(battle.latestLeaderboard("all_time").stream()
                            .map(LeaderboardSnapshot::modelId).toList());
        }
    }

    @Test
    void leaderboardTimeframesAreTheAnalyticsWindows() {
        try (Battle battle = new BattleService().open(market)) {
            Map<String, EquityCurve> curves = new LinkedHashMap<>();
            battle.curves(TimeRange.ALL).forEach((id, c) -> curves.put(id, EquityCurve.of(c)));
            Map<String, Double> capitals = Map.of("gpt-4o", 1e5, "claude-sonnet-3.5", 1e5, "gemini-1.5-pro", 1e5);
            for (Timeframe tf : Timeframe.values()) {
                List<RankedModel> expected = Rankings.rankTimeframe(curves, capitals, tf);
                List<LeaderboardSnapshot> latest = battle.latestLeaderboard(tf.text());
                assertThat(latest).extracting(LeaderboardSnapshot::modelId).as(tf.text())
                        .containsExactlyElementsOf(expected.stream().map(RankedModel::modelId).toList());
                for (int i = 0; i < latest.size(); i++) {
                    assertThat(latest.get(i).totalReturnPct()).as(tf.text())
                            .isCloseTo(expected.get(i).entry().totalReturnPct(), within(1e-9));
                }
            }
            assertThat(battle.leaderboardSnapshots("daily", TimeRange.ALL).stream()
                    .map(LeaderboardSnapshot::snapshotTime).distinct()).hasSize(8);
        }
    }

    @Test
    void dailySummariesChainClosesAndMatchTheSnapshots() {
        try (Battle battle = new BattleService().open(market)) {
            List<DailySummary> days = battle.dailySummaries("gpt-4o").stream()
                    .sorted(java.util.Comparator.comparing(DailySummary::date)).toList();
            assertThat(days).hasSize(8);
            assertThat(days.get(0).openingEquity()).isEqualTo(100_000);
            List<HourlySnapshot> curve = battle.snapshots("gpt-4o", TimeRange.ALL);
            for (int i = 0; i < days.size(); i++) {
                DailySummary d = days.get(i);
                List<HourlySnapshot> ofDay = curve.stream().filter(s -> s.timestamp().date().equals(d.date())).toList();
                assertThat(ofDay).hasSize(7);
                assertThat(d.closingEquity()).isEqualTo(ofDay.get(6).equity());
                assertThat(d.highEquity()).isEqualTo(ofDay.stream().mapToDouble(HourlySnapshot::equity).max().orElseThrow());
                if (i > 0) {
                    assertThat(d.openingEquity()).isEqualTo(days.get(i - 1).closingEquity());
                }
            }
            assertThat(battle.weeklySummaries("gpt-4o")).extracting(w -> w.weekStart().toString())
                    .containsExactlyInAnyOrder("2025-01-06", "2025-01-13");
            assertThat(battle.monthlySummaries("gpt-4o")).singleElement()
                    .satisfies(m -> assertThat(m.endingEquity()).isEqualTo(days.get(7).closingEquity()));
        }
    }

    @Test
    void anExistingBattleIsNeverOverwritten() throws Exception {
        byte[] before = Files.readAllBytes(market.resolve("decisions.db"));
        assertThatThrownBy(() -> new DemoGenerator().generate(market, MARKET))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("refusing to overwrite");
        assertThat(Files.readAllBytes(market.resolve("decisions.db"))).isEqualTo(before);
        assertThat(DemoGenerator.containsBattle(market)).isTrue();
        assertThat(DemoGenerator.containsBattle(tmp.resolve("nothing-here"))).isFalse();
    }

    private static long count(String db, String table) throws Exception {
        return BattleChecks.count(market.resolve(db), "SELECT COUNT(*) FROM " + table);
    }

    private static List<String> dump(Path folder, String db, String table) throws Exception {
        return BattleChecks.dump(folder.resolve(db), table);
    }

    private static String text(Path db, String sql) throws Exception {
        try (var c = BattleChecks.connect(db); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
