package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.data.SqliteFiles;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VACUUM, ANALYZE, WAL checkpoint, apply schema, search index, statistics, and refusals of locked files. */
class FileActionsTest {
    @TempDir
    Path tmp;

    private MaintenanceService service() {
        return Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
    }

    @Test
    void vacuumReclaimsFreePagesAndKeepsEveryRow() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path decisions = folder.resolve("decisions.db");
        Db.execute(decisions, "PRAGMA journal_mode = DELETE", "DELETE FROM decision_log WHERE id % 2 = 0");
        var rows = Db.dump(decisions);
        long size = Files.size(decisions);
        assertThat(((Number) Db.value(decisions, "PRAGMA freelist_count")).longValue()).isPositive();

        MaintenanceResult r = service().run(folder, new Vacuum(), MaintenanceProgress.NONE);

        assertThat(Db.value(decisions, "PRAGMA freelist_count")).isEqualTo(0);
        assertThat(Files.size(decisions)).isLessThan(size);
        assertThat(Db.dump(decisions)).isEqualTo(rows);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.tables()).contains(new TableCount("decisions.db", "decision_log", 2235, 2235));
        assertThat(r.messages()).anyMatch(m -> m.startsWith("decisions.db: ") && m.contains(" → "));
    }

    @Test
    void analyzeWritesPlannerStatistics() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);

        MaintenanceResult r = service().run(folder, new Analyze(), MaintenanceProgress.NONE);

        assertThat(((Number) Db.value(folder.resolve("metrics_timeseries.db"), "SELECT COUNT(*) FROM sqlite_stat1"))
                .longValue()).isPositive();
        assertThat(r.messages()).anyMatch(m -> m.startsWith("decisions.db: analyzed ("));
        assertThat(r.tables()).allMatch(t -> t.before() == t.after());
    }

    @Test
    void checkpointMovesCommittedRowsFromTheWalIntoTheFile() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        try (Connection reader = Db.jdbc(metrics); Statement st = reader.createStatement()) {
            // an open connection keeps SQLite from checkpointing on close, as a running engine would
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.executeQuery("SELECT 1").close();
            Db.execute(metrics, "PRAGMA wal_autocheckpoint = 0", "INSERT INTO hourly_snapshots (model_id, timestamp, "
                    + "equity, cash, positions_value, positions_count) VALUES ('x', '2025-02-01 10:00:00', 1, 0, 0, 0)");
            assertThat(Files.size(SqliteFiles.walFile(metrics))).isPositive();

            MaintenanceResult r = service().run(folder, new WalCheckpoint(), MaintenanceProgress.NONE);

            assertThat(Files.size(SqliteFiles.walFile(metrics))).isZero();
            assertThat(r.messages()).anyMatch(m -> m.startsWith("metrics_timeseries.db: WAL ") && m.contains(" → 0 B"));
        }
        assertThat(Db.count(metrics, "hourly_snapshots")).isEqualTo(43);
    }

    @Test
    void applySchemaCreatesMissingIndexesAndViewsOnlyAndNeverATable() throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Db.execute(metrics, "DROP INDEX idx_hourly_timestamp");
        List<List<Object>> tables = Db.rows(metrics, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1");

        MaintenancePlan plan = service().plan(folder, new ApplySchema());
        MaintenanceResult r = service().run(folder, new ApplySchema(), MaintenanceProgress.NONE);

        assertThat(plan.changes()).containsExactly(
                "create index idx_hourly_timestamp on hourly_snapshots in metrics_timeseries.db",
                "create view rank_history on leaderboard_snapshots in metrics_timeseries.db",
                "create view top_performers on leaderboard_snapshots in metrics_timeseries.db");
        assertThat(Db.rows(metrics, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")).isEqualTo(tables);
        assertThat(Db.rows(metrics, "SELECT name FROM sqlite_master WHERE type IN ('index', 'view') AND name IN "
                + "('idx_hourly_timestamp', 'rank_history', 'top_performers')")).hasSize(3);
        assertThat(Db.count(metrics, "rank_history")).isEqualTo(198);
        assertThat(r.messages()).last().isEqualTo("created 3 index(es) and view(s); nothing was dropped");
        assertThat(service().plan(folder, new ApplySchema()).changes())
                .containsExactly("nothing to do: every index and view of the contract is present");
    }

    @Test
    void searchIndexAnswersLikeTheLikeSearchAndFollowsNewRows() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        DecisionFilter filter = new DecisionFilter(null, null, null, null, "momentum", null, null);
        List<Long> like;
        try (Battle battle = new BattleService().open(folder)) {
            like = battle.decisionPage(filter, null, 10_000).stream().map(d -> d.id()).toList();
        }

        MaintenanceResult r = service().run(folder, new SearchIndex(true), MaintenanceProgress.NONE);

        assertThat(r.messages().get(0)).isEqualTo("created decision_fts in decisions.db: 4470 of 4470 decisions indexed");
        Db.execute(folder.resolve("decisions.db"), "INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
                + "timestamp) VALUES ('gpt-4o', 'AAPL', 'hold', 'Momentum fades.', '2025-02-05 10:00:00')");
        try (Battle battle = new BattleService().open(folder)) {
            assertThat(battle.hasDecisionFts()).isTrue();
            List<Long> fts = battle.decisionPage(filter, null, 10_000).stream().map(d -> d.id()).toList();
            assertThat(like).isNotEmpty();
            assertThat(fts).hasSize(like.size() + 1).containsAll(like).contains(4471L);
        }
        MaintenanceResult again = service().run(folder, new SearchIndex(true), MaintenanceProgress.NONE);
        assertThat(again.messages().get(0)).startsWith("rebuilt decision_fts");
    }

    @Test
    void statisticsListSizesRowsIndexesAndQueryPlans() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        service().run(folder, new SearchIndex(false), MaintenanceProgress.NONE);

        MaintenanceResult r = service().run(folder, new DatabaseStatistics(), MaintenanceProgress.NONE);

        assertThat(r.detail("files").rows()).extracting(row -> row.get(0))
                .containsExactly("metrics_timeseries.db", "leaderboard.db", "decisions.db");
        assertThat(r.detail("tables").rows()).contains(List.of("decisions.db", "decision_log", 4470L, 5L),
                List.of("metrics_timeseries.db", "hourly_snapshots", 1232L, 3L));
        assertThat(r.detail("indexes").rows()).contains(List.of("metrics_timeseries.db", "hourly_snapshots",
                "idx_hourly_model_time", "model_id, timestamp DESC", "no"));
        List<List<Object>> queries = r.detail("queries").rows();
        assertThat(queries).filteredOn(q -> q.get(0).equals("equity curve of a model, last week"))
                .singleElement().satisfies(q -> {
                    assertThat(q.get(2)).isEqualTo("index");
                    assertThat((String) q.get(4)).contains("idx_hourly_model_time");
                });
        // a full-text page walks the time index newest first and probes the FTS5 index row by row, stopping at
        // the page size: it never reads the table in rowid order
        assertThat(queries).filteredOn(q -> q.get(0).equals("decision log page, full-text search"))
                .singleElement().satisfies(q -> assertThat((String) q.get(4))
                        .contains("decision_fts VIRTUAL TABLE INDEX").contains("decision_log USING INDEX"));
        assertThat(queries).filteredOn(q -> q.get(2).equals("scan")).allSatisfy(q ->
                assertThat(r.warnings()).anyMatch(w -> w.contains("\"" + q.get(0) + "\" scans a whole table")));
    }

    @Test
    void statisticsShowGrowthFromTheBackups() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Db.service(tmp, Db.clockAt("2025-03-01T09:00:00")).run(folder, new Backup(folder.resolve("backups")),
                MaintenanceProgress.NONE);
        Db.execute(folder.resolve("decisions.db"), "INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
                + "timestamp) SELECT model_id, symbol, decision, reasoning || ' again', timestamp FROM decision_log");
        Db.service(tmp, Db.clockAt("2025-03-02T09:00:00")).run(folder, new Backup(folder.resolve("backups")),
                MaintenanceProgress.NONE);

        MaintenanceResult r = service().run(folder, new DatabaseStatistics(), MaintenanceProgress.NONE);

        List<List<Object>> growth = r.detail("growth").rows();
        assertThat(growth).extracting(row -> row.get(0)).containsExactly("2025-03-01 09:00:00", "2025-03-02 09:00:00",
                "now");
        assertThat((Long) growth.get(1).get(2)).isGreaterThan((Long) growth.get(0).get(2));
        assertThat(r.messages()).anyMatch(m -> m.startsWith("growth: 2 backup(s), "));
    }

    @Test
    void aLockHeldTooLongIsRefusedClearly() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        try (Connection writer = Db.jdbc(metrics); Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("DELETE FROM daily_summaries");

            assertThatThrownBy(() -> service().run(folder, new RebuildSummaries(), MaintenanceProgress.NONE))
                    .hasMessageContaining(metrics.toString()).hasMessageContaining("locked");
            st.execute("ROLLBACK");
        }
        assertThat(Db.count(metrics, "daily_summaries")).isEqualTo(6);
    }

    @Test
    void aCorruptFileIsRefusedClearly() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Files.write(metrics, java.util.Arrays.copyOf(Files.readAllBytes(metrics), 8192));

        assertThatThrownBy(() -> service().run(folder, new Vacuum(), MaintenanceProgress.NONE))
                .hasMessageContaining(metrics.toString()).hasMessageContaining("truncated or corrupt");
    }
}
