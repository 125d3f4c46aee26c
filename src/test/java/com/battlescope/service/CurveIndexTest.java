package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.AlignedReduction;
import com.battlescope.data.index.CurveIndexReader;
import com.battlescope.data.index.IndexProgress;
import com.battlescope.data.index.IndexStore;
import com.battlescope.model.Timeframe;
import com.battlescope.service.demo.DemoGenerator;
import com.battlescope.service.demo.DemoHours;
import com.battlescope.service.demo.DemoOptions;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.view.ViewQuery;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query never answers differently with BattleScope's pre-aggregated curves than without them: the leaderboard of
 * every timeframe, the report and the equity chart are compared field by field (doubles to the bit) on the
 * fixtures and on generated folders, after a first build and after appended snapshots and decisions.
 */
@ExtendWith(TempDataDirectory.class)
class CurveIndexTest {
    private static final DemoOptions DEMO = new DemoOptions(4, 2, 40, DemoHours.ALL_DAY, 5, 2,
            LocalDate.of(2025, 1, 6), 100_000);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void theFixturesAnswerTheSameWithTheIndex(String fixture) {
        try (Battle battle = new BattleService().open(Fixtures.copy(fixture, tmp))) {
            CurveIndex index = index(battle);
            assertSameAnswers(battle, index);
        }
    }

    @Test
    void aGeneratedBattleAnswersTheSameWithTheIndex() {
        Path dir = demo(DEMO.withModels(3).withDays(100).withDecisionsPerHour(0.5));
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex index = index(battle);
            assertThat(battle.curveIndex()).isPresent();
            assertThat(index.curves().values()).as("the chart is reduced from the days")
                    .allMatch(d -> AlignedReduction.fromDays(d, ChartService.MAX_POINTS));
            assertSameAnswers(battle, index);
        }
    }

    @Test
    void appendedSnapshotsAndDecisionsGiveTheAnswersOfAFreshBuild() throws SQLException {
        Path dir = demo(DEMO.withDays(20));
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex kept = index(battle);
            LocalDateTime last = battle.latestSnapshotTime().local();
            List<String> models = battle.modelIds();
            // the rest of the last day (ends up in the stored last day), then two more days for some models
            for (int h = 1; h <= 50; h++) {
                String model = models.get(h % (h > 24 ? 2 : models.size()));
                appendSnapshot(dir, model, last.plusMinutes(37L * h), 90_000 + 731.0 * ((h * 7919) % 37));
                appendDecision(dir, model, last.plusMinutes(37L * h), h % 3 == 0);
            }
            assertThat(battle.curveIndex()).as("stale until updated").isEmpty();
            assertThat(refresh(battle)).isEqualTo(IndexStore.Outcome.UPDATED);
            assertSameAnswers(battle, kept);
            var updated = kept.curves();
            var counts = kept.decisionCounts(battle);
            var pyramid = pyramid(battle);
            var folds = folds(battle);
            assertThat(battle.indexStore().rebuild(IndexProgress.NONE).outcome()).isEqualTo(IndexStore.Outcome.BUILT);
            CurveIndex fresh = CurveIndex.open(battle.indexStore());
            assertThat(updated).usingRecursiveComparison().isEqualTo(fresh.curves());
            assertThat(counts).usingRecursiveComparison().isEqualTo(fresh.decisionCounts(battle));
            assertThat(pyramid).isEqualTo(pyramid(battle)).isNotEmpty();
            assertThat(folds).as("the extended folds are the folds of a fresh build")
                    .usingRecursiveComparison().isEqualTo(folds(battle));
            assertThat(folds).hasSize(models.size());
            fresh.close();
        }
    }

    @Test
    void theAllTimeTradeTotalsAreKeptWhileTradeLogIsAsSummed() throws SQLException {
        Path dir = demo(DEMO.withDays(10));
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex index = index(battle);
            assertThat(battle.tradeCount()).isPositive();
            assertThat(index.tradeTotals(battle)).contains(battle.tradeTotals(null, null, null));
            String model = battle.modelIds().get(0);
            LocalDateTime last = battle.latestSnapshotTime().local();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
                 PreparedStatement ps = c.prepareStatement("INSERT INTO trade_log (model_id, symbol, direction, "
                         + "entry_price, entry_time, shares, exit_price, exit_time, exit_reason, realized_pnl, "
                         + "realized_pnl_pct) "
                         + "VALUES (?, 'AAPL', 'long', 10, ?, 3, 12.5, ?, 'take_profit', 7.5, 25)")) {
                ps.setString(1, model);
                ps.setString(2, com.battlescope.model.Stamp.format(last));
                ps.setString(3, com.battlescope.model.Stamp.format(last.plusMinutes(20)));
                ps.executeUpdate();
            }
            assertThat(index.tradeTotals(battle)).as("trade_log grew after the sums").isEmpty();
            appendSnapshot(dir, model, last.plusHours(1), 101_000);
            assertThat(refresh(battle)).isEqualTo(IndexStore.Outcome.UPDATED);
            List<com.battlescope.data.ModelTradeTotals> live = battle.tradeTotals(null, null, null);
            assertThat(index.tradeTotals(battle)).contains(live);
            assertThat(live.stream().filter(t -> t.modelId().equals(model)).findFirst().orElseThrow().best())
                    .isGreaterThanOrEqualTo(7.5);
            assertSameAnswers(battle, index);
        }
    }

    @Test
    void decisionCountsAreTheEngineQuerysForEveryKindOfExecutedValue() throws SQLException {
        Path dir = demo(DEMO.withDays(5));
        String model = "odd-executed";
        // SQLite's truth of a condition: 2, -1, 0.5 and '7' (stored as 7: BOOLEAN has numeric affinity) are true;
        // 0.0, 'yes', '' and the blob x'01' are not
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             Statement st = c.createStatement()) {
            for (String executed : List.of("1", "0", "2", "-1", "0.5", "'7'", "0.0", "'yes'", "''", "X'01'")) {
                st.executeUpdate("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp, "
                        + "current_price, executed) VALUES ('" + model + "', 'AAPL', 'hold', 'odd', "
                        + "'2025-01-03 10:00:00', 10, " + executed + ")");
            }
        }
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex index = index(battle);
            List<com.battlescope.data.ModelDecisionCounts> engine = battle.decisionCounts();
            // by hand: 1, 2, -1, 0.5 and '7' are the five executed of ten
            assertThat(engine).contains(new com.battlescope.data.ModelDecisionCounts(model, 10, 5));
            assertThat(index.decisionCounts(battle)).isPresent();
            assertThat(index.decisionCounts(battle).get()).containsExactlyInAnyOrderElementsOf(engine);
        }
    }

    @Test
    void aTradeDeletedInTheMiddleRebuildsTheIndexAtTheFullCheck() throws SQLException {
        Path dir = demo(DEMO.withDays(10));
        try (Battle battle = new BattleService().open(dir)) {
            index(battle);
            long count = battle.tradeCount();
            assertThat(count).isGreaterThan(2);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
                 Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("DELETE FROM trade_log WHERE id = (SELECT MIN(id) + 1 FROM trade_log)"))
                        .isEqualTo(1);
            }
            IndexStore.Refresh r = battle.indexStore().refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertThat(r.outcome()).isEqualTo(IndexStore.Outcome.BUILT);
            assertThat(r.reason()).contains("trade_log was rewritten");
            CurveIndex rebuilt = CurveIndex.open(battle.indexStore());
            battle.useCurveIndex(rebuilt);
            List<com.battlescope.data.ModelTradeTotals> live = battle.tradeTotals(null, null, null);
            assertThat(live.stream().mapToLong(com.battlescope.data.ModelTradeTotals::trades).sum())
                    .isEqualTo(count - 1);
            assertThat(rebuilt.tradeTotals(battle)).contains(live);
            assertSameAnswers(battle, rebuilt);
        }
    }

    @Test
    void aSnapshotBeforeAModelsLastDayRebuildsThatModel() throws SQLException {
        Path dir = demo(DEMO.withDays(10));
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex kept = index(battle);
            String model = battle.modelIds().get(1);
            appendSnapshot(dir, model, LocalDateTime.of(2025, 1, 8, 3, 30), 50_000);
            refresh(battle);
            assertThat(battle.curveIndex()).isPresent();
            var updated = kept.curves();
            assertSameAnswers(battle, kept);
            battle.indexStore().rebuild(IndexProgress.NONE);
            try (CurveIndex fresh = CurveIndex.open(battle.indexStore())) {
                assertThat(updated).usingRecursiveComparison().isEqualTo(fresh.curves());
            }
        }
    }

    @Test
    void timesWhoseTextOrderIsNotTheirTimeOrderTurnTheIndexOff() throws SQLException {
        Path dir = demo(DEMO.withDays(5));
        try (Battle battle = new BattleService().open(dir)) {
            CurveIndex index = index(battle);
            assertThat(battle.curveIndex()).isPresent();
            appendSnapshot(dir, battle.modelIds().get(0), "2025-02-01T10:00:00+02:00", 101_000);
            refresh(battle);
            assertThat(battle.curveIndex()).isEmpty();
            assertSameAnswers(battle, index);
        }
    }

    /** Every stored bucket of the index's min/max pyramid, per model and width. */
    private static Map<String, List<AlignedReduction.Bucket>> pyramid(Battle battle) {
        Map<String, List<AlignedReduction.Bucket>> out = new TreeMap<>();
        try (CurveIndexReader reader = CurveIndexReader.open(battle.indexStore())) {
            for (String model : battle.modelIds()) {
                for (int w : AlignedReduction.dayWidths()) {
                    out.put(model + " " + w, reader.buckets(model, w));
                }
            }
        }
        return out;
    }

    /** Every model's stored fold of its days but the last, as bytes. */
    private static Map<String, byte[]> folds(Battle battle) {
        try (CurveIndexReader reader = CurveIndexReader.open(battle.indexStore())) {
            return reader.folds();
        }
    }

    /** A generated battle folder in the test's temporary folder. */
    private Path demo(DemoOptions options) {
        Path dir = tmp.resolve("demo");
        new DemoGenerator().generate(dir, options);
        return dir;
    }

    /** Builds the battle's index and lets the battle read its curves. */
    private static CurveIndex index(Battle battle) {
        assertThat(refresh(battle)).isEqualTo(IndexStore.Outcome.BUILT);
        CurveIndex index = CurveIndex.open(battle.indexStore());
        assertThat(index).isNotNull();
        battle.useCurveIndex(index);
        return index;
    }

    private static IndexStore.Outcome refresh(Battle battle) {
        return battle.indexStore().refresh(IndexProgress.NONE, IndexStore.Check.FULL).outcome();
    }

    /** Every compared query, once through the index and once from the snapshots (the same folder opened again). */
    private static void assertSameAnswers(Battle indexed, CurveIndex index) {
        LeaderboardService boards = new LeaderboardService();
        ChartService charts = new ChartService();
        ReportService reports = new ReportService();
        List<Function<Battle, Object>> queries = new ArrayList<>();
        for (Timeframe tf : Timeframe.values()) {
            queries.add(b -> boards.leaderboard(b, ViewQuery.all().withTimeframe(tf)));
            queries.add(b -> boards.topPerformers(b, tf));
        }
        queries.add(b -> reports.report(b, null));
        queries.add(b -> reports.report(b, 12_345.0));
        queries.add(b -> charts.equityChart(b, ViewQuery.all()));
        try (Battle plain = new BattleService().open(indexed.path())) {
            for (Function<Battle, Object> query : queries) {
                assertThat(query.apply(indexed)).usingRecursiveComparison().isEqualTo(query.apply(plain));
            }
        }
    }

    private static void appendSnapshot(Path dir, String model, LocalDateTime time, double equity) throws SQLException {
        appendSnapshot(dir, model, com.battlescope.model.Stamp.format(time), equity);
    }

    private static void appendSnapshot(Path dir, String model, String time, double equity) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id, timestamp, equity, "
                     + "cash, positions_value, positions_count) VALUES (?, ?, ?, ?, 0, 0)")) {
            ps.setString(1, model);
            ps.setString(2, time);
            ps.setDouble(3, equity);
            ps.setDouble(4, equity);
            ps.executeUpdate();
        }
    }

    private static void appendDecision(Path dir, String model, LocalDateTime time, boolean executed)
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             PreparedStatement ps = c.prepareStatement("INSERT INTO decision_log (model_id, symbol, decision, "
                     + "reasoning, timestamp, current_price, executed) VALUES (?, 'AAPL', 'hold', 'because', ?, 10, ?)")) {
            ps.setString(1, model);
            ps.setString(2, com.battlescope.model.Stamp.format(time));
            ps.setBoolean(3, executed);
            ps.executeUpdate();
        }
    }
}
