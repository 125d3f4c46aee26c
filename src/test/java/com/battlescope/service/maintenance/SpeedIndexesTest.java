package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.ModelDecisionTypeCount;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedIndexesTest {
    @TempDir
    Path tmp;

    private MaintenanceService service() {
        return Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
    }

    @Test
    void thePlanSaysWhatEachIndexSpeedsUpAndChangesNothing() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp.resolve("f"));
        String before = Db.sha256(folder.resolve("decisions.db"));

        MaintenancePlan plan = service().plan(folder, new SpeedIndexes());

        assertThat(plan.summary()).isEqualTo("Create 1 speed-up index(es)");
        assertThat(plan.changes().get(0)).isEqualTo("create index idx_decision_model_mix on decision_log (4470 rows) "
                + "in decisions.db: speeds up " + SpeedIndexes.DECISION_MIX.speedsUp());
        assertThat(plan.files()).containsExactly(folder.resolve("decisions.db"));
        assertThat(Db.sha256(folder.resolve("decisions.db"))).isEqualTo(before);
    }

    @Test
    void theDecisionMixReadsTheNewIndexAndStaysTheSame() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp.resolve("f"));
        List<ModelDecisionTypeCount> mix;
        List<Decision> page;
        DecisionFilter modelAndKind = new DecisionFilter("gpt-4o", null, "buy", null, null, null, null);
        try (Battle battle = new BattleService().open(folder)) {
            mix = battle.decisionTypeCounts(null, null, null);
            page = battle.decisionPage(modelAndKind, null, 100);
        }

        MaintenanceResult r = service().run(folder, new SpeedIndexes(), MaintenanceProgress.NONE);

        assertThat(r.messages()).containsExactly("created index idx_decision_model_mix in decisions.db: speeds up "
                + SpeedIndexes.DECISION_MIX.speedsUp());
        // the writer checkpointed and truncated its WAL when it closed: readers need not scan it
        Path wal = folder.resolve("decisions.db-wal");
        assertThat(!java.nio.file.Files.exists(wal) || java.nio.file.Files.size(wal) == 0).isTrue();
        try (Battle battle = new BattleService().open(folder)) {
            assertThat(mix).hasSizeGreaterThan(8);
            assertThat(battle.decisionTypeCounts(null, null, null)).isEqualTo(mix);
            List<String> plan = battle.explain(DecisionMapper.class,
                    "getDecisionTypeCounts", new java.util.HashMap<>(Map.of()));
            assertThat(plan).anyMatch(l -> l.contains("COVERING INDEX idx_decision_model_mix"))
                    .noneMatch(l -> l.contains("TEMP B-TREE"));
            // the decision log keeps walking (model_id, timestamp) for a model and a kind
            assertThat(page).isNotEmpty();
            assertThat(battle.decisionPage(modelAndKind, null, 100)).isEqualTo(page);
            List<String> pagePlan = battle.explain(DecisionMapper.class,
                    "getDecisionPage", new java.util.HashMap<>(Map.of("filter", modelAndKind, "limit", 100)));
            assertThat(pagePlan).anyMatch(l -> l.contains("idx_decision_model_time"))
                    .noneMatch(l -> l.contains("idx_decision_model_mix"));
        }
        MaintenanceResult again = service().run(folder, new SpeedIndexes(), MaintenanceProgress.NONE);
        assertThat(again.messages()).containsExactly("nothing to do: every speed-up index is present in decisions.db");
    }

    @Test
    void aDecisionLogWithoutTheTimeIndexGetsItToo() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp.resolve("t"));
        Db.execute(folder.resolve("decisions.db"), "DROP INDEX idx_decision_timestamp");
        long rows = Db.count(folder.resolve("decisions.db"), "decision_log");

        MaintenanceResult r = service().run(folder, new SpeedIndexes(), MaintenanceProgress.NONE);

        assertThat(r.messages()).hasSize(2).last().asString().startsWith("created index idx_decision_timestamp");
        assertThat(Db.value(folder.resolve("decisions.db"),
                "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('idx_decision_model_mix', 'idx_decision_timestamp')"))
                .isEqualTo(2);
        assertThat(Db.count(folder.resolve("decisions.db"), "decision_log")).isEqualTo(rows);
    }
}
