package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DecisionFilter;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The main browsing queries seek an index instead of scanning a table (checked on a fixture battle). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {
    private BattleFolder bf;

    @BeforeAll
    void open(@TempDir Path tmp) {
        bf = BattleFolder.open(Fixtures.copy("full-split", tmp));
    }

    @AfterAll
    void close() {
        bf.close();
    }

    @Test
    void snapshotsOfAModelInARange() {
        List<String> plan = QueryPlans.explain(bf.metrics(), SnapshotMapper.class, "getSnapshotsByModel",
                params("modelId", "gpt-4o", "from", "2025-01-10 00:00:00", "to", "2025-01-20 00:00:00"));
        assertUsesIndex(plan, "hourly_snapshots");
        assertThat(plan).noneMatch(l -> l.contains("TEMP B-TREE"));
    }

    @Test
    void timedDecisionsOfASymbolInARange() {
        List<String> plan = QueryPlans.explain(bf.decisions(), DecisionMapper.class, "getTimedDecisionsBySymbol",
                params("symbol", "AAPL", "from", "2025-01-10 00:00:00", "to", "2025-01-20 00:00:00"));
        assertUsesIndex(plan, "decision_log");
        assertThat(plan).anyMatch(l -> l.contains("idx_decision_symbol_time") && l.contains("timestamp>? AND timestamp<?"));
        List<String> near = QueryPlans.explain(bf.decisions(), DecisionMapper.class, "getTimedDecisionsBySymbol",
                params("symbol", "AAPL", "from", "2025-01-10 00:00:00", "to", "2025-01-20 00:00:00",
                        "nearFrom", "2025-01-11 00:00:00", "nearTo", "2025-01-19 00:00:00"));
        assertThat(near).isEqualTo(plan);
    }

    @Test
    void decisionPageOfAModel() {
        List<String> plan = QueryPlans.explain(bf.decisions(), DecisionMapper.class, "getDecisionPage",
                params("filter", new DecisionFilter("gpt-4o", null, null, null, null, null, null),
                        "beforeTime", "2025-01-20 00:00:00", "beforeId", 500L, "limit", 100));
        assertUsesIndex(plan, "decision_log");
        assertThat(plan).anyMatch(l -> l.contains("(model_id=?"));
    }

    @Test
    void decisionPageOfASymbolWithText() {
        List<String> plan = QueryPlans.explain(bf.decisions(), DecisionMapper.class, "getDecisionPage",
                params("filter", new DecisionFilter(null, "NVDA", null, null, "stop", null, null),
                        "beforeTime", null, "beforeId", null, "limit", 100));
        assertUsesIndex(plan, "decision_log");
        assertThat(plan).anyMatch(l -> l.contains("(symbol=?"));
    }

    @Test
    void latestLeaderboard() {
        List<String> plan = QueryPlans.explain(bf.leaderboard(), LeaderboardMapper.class, "getLatestLeaderboard",
                params("timeframe", "daily"));
        assertUsesIndex(plan, "leaderboard_snapshots");
    }

    private static void assertUsesIndex(List<String> plan, String table) {
        assertThat(plan).as("plan %s", plan)
                .anyMatch(l -> l.matches("SEARCH " + table + "( AS \\w+)? USING (COVERING )?INDEX .*"))
                .noneMatch(l -> l.startsWith("SCAN " + table));
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
