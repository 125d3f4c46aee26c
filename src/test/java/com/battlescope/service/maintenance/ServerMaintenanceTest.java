package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.PgRoles;
import com.battlescope.testutil.PgServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: maintenance on a server battle, with the same services and results as on its folder. */
@ExtendWith(PgServer.class)
class ServerMaintenanceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-05T09:30:00Z"), ZoneOffset.UTC);
    @TempDir
    Path temp;

    private MaintenanceService service() {
        return new MaintenanceService(new MaintenanceLog(temp.resolve("maintenance.log")), CLOCK, 1000);
    }

    private static Battle server(String schema) {
        return new BattleService().open(PgServer.url(schema), PasswordPrompt.NONE);
    }

    @Test
    void standingsSummariesAndSnapshotsComputeTheSameTablesOnTheServerAsInTheFolder() {
        String schema = PgRoles.migrated("full-split", temp);
        Path folder = Fixtures.copy("full-split", temp.resolve("folder"));
        List<MaintenanceTask> tasks = List.of(new RecomputeStandings(), new RebuildSummaries(),
                new SnapshotLeaderboard(Timeframe.DAILY), new SnapshotLeaderboard(Timeframe.ALL_TIME));
        MaintenanceService service = service();
        for (MaintenanceTask task : tasks) {
            MaintenanceResult inFolder = service.run(folder, task, MaintenanceProgress.NONE);
            MaintenanceResult onServer;
            try (Battle b = server(schema)) {
                onServer = service.run(b, task, MaintenanceProgress.NONE);
            }
            assertThat(onServer.status()).isEqualTo(MaintenanceResult.Status.DONE);
            assertThat(onServer.tables()).extracting(TableCount::table, TableCount::before, TableCount::after)
                    .as(task.action().title()).isEqualTo(inFolder.tables().stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.table(), t.before(), t.after())).toList());
        }
        try (Battle f = new BattleService().open(folder); Battle s = server(schema)) {
            assertThat(s.standings()).isEqualTo(f.standings()).hasSize(8);
            assertThat(s.dailySummaries(null)).isEqualTo(f.dailySummaries(null)).isNotEmpty();
            assertThat(s.weeklySummaries(null)).isEqualTo(f.weeklySummaries(null)).isNotEmpty();
            assertThat(s.monthlySummaries(null)).isEqualTo(f.monthlySummaries(null)).isNotEmpty();
            assertThat(s.leaderboardSnapshots(null, TimeRange.ALL))
                    .isEqualTo(f.leaderboardSnapshots(null, TimeRange.ALL)).isNotEmpty();
        }
    }

    /** The backup is a folder BattleScope (and the engine) opens: its report is the folder's and the server's. */
    @Test
    void backupWritesABattleFolderWhoseReportIsTheOriginals() throws Exception {
        Path original = Fixtures.copy("full-split", temp.resolve("original"));
        String schema = PgRoles.migrated("full-split", temp);
        MaintenanceResult r;
        try (Battle b = server(schema)) {
            r = service().run(b, new Backup(temp.resolve("backups")), MaintenanceProgress.NONE);
        }
        Path backup = temp.resolve("backups/battle-backup-20250205-093000");
        assertThat(r.summary()).startsWith("backed up schema " + schema + " to " + backup + ": ");
        assertThat(r.tables()).isNotEmpty().allSatisfy(t -> assertThat(t.after()).isEqualTo(t.before()));
        assertThat(r.tables()).filteredOn(t -> t.table().equals("decision_log")).singleElement()
                .satisfies(t -> assertThat(t.file()).isEqualTo("decisions.db"));
        assertThat(java.nio.file.Files.list(temp.resolve("backups")).toList()).containsExactly(backup);

        Cli onOriginal = Cli.run("report", "--data", original.toString(), "--format", "json");
        Cli onBackup = Cli.run("report", "--data", backup.toString(), "--format", "json");
        assertThat(onBackup.exitCode()).as(onBackup.err()).isZero();
        com.battlescope.testutil.JsonAssert.assertJsonEquals(com.battlescope.testutil.JsonAssert.parse(onOriginal.out()),
                com.battlescope.testutil.JsonAssert.parse(onBackup.out()), 1e-9);
        try (Battle f = new BattleService().open(original); Battle b = new BattleService().open(backup)) {
            assertThat(b.layout()).isEqualTo("split");
            assertThat(b.decisionCount()).isEqualTo(f.decisionCount());
            assertThat(b.standings()).isEqualTo(f.standings());
        }
    }

    /** Old months leave the battle's tables whole (partitions detached into <schema>_archive), counts verified. */
    @Test
    void archiveMovesTheMonthsBeforeTheCutOffIntoTheArchiveSchema() throws Exception {
        String schema = PgRoles.migrated("full-split", temp);
        long[] january = new long[2];
        long[] total = new long[2];
        try (var c = PgServer.connect(); var st = c.createStatement()) {
            int i = 0;
            for (String table : List.of("hourly_snapshots", "decision_log")) {
                var rs = st.executeQuery("SELECT COUNT(*) FILTER (WHERE \"timestamp\" < '2025-02'), COUNT(*) FROM "
                        + schema + "." + table);
                rs.next();
                january[i] = rs.getLong(1);
                total[i++] = rs.getLong(2);
            }
        }
        assertThat(january[0]).isPositive().isLessThan(total[0]);
        ArchiveOldData task = new ArchiveOldData(com.battlescope.model.Stamp.parse("2025-02-01 00:00:00"),
                temp.resolve("unused.db"), java.util.Set.of());
        try (Battle b = server(schema)) {
            MaintenancePlan plan = service().plan(b, task);
            assertThat(plan.tables()).extracting(TableCount::table, TableCount::before, TableCount::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("hourly_snapshots", total[0],
                                    total[0] - january[0]),
                            org.assertj.core.groups.Tuple.tuple("decision_log", total[1], total[1] - january[1]));
            MaintenanceResult r = service().run(b, task, MaintenanceProgress.NONE);
            assertThat(r.summary()).isEqualTo("archived 2 month partitions (" + (january[0] + january[1])
                    + " rows) into schema " + schema + "_archive; counts verified");
        }
        try (Battle b = server(schema)) {
            assertThat(b.snapshotCount()).isEqualTo(total[0] - january[0]);
            assertThat(b.decisionCount()).isEqualTo(total[1] - january[1]);
        }
        try (var c = PgServer.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM " + schema + "_archive.hourly_snapshots_2025_01), "
                     + "(SELECT COUNT(*) FROM " + schema + "_archive.decision_log_2025_01)")) {
            rs.next();
            assertThat(new long[] {rs.getLong(1), rs.getLong(2)}).containsExactly(january);
        }
    }

    @Test
    void statisticsGiveSizesCountsIndexesAndExplainVerdicts() {
        String schema = PgRoles.migrated("full-split", temp);
        MaintenanceResult r;
        try (Battle b = server(schema)) {
            r = service().run(b, new DatabaseStatistics(), MaintenanceProgress.NONE);
        }
        List<List<Object>> tables = r.detail("tables").rows();
        List<Object> snapshots = tables.stream().filter(t -> t.get(1).equals("hourly_snapshots")).findFirst()
                .orElseThrow();
        assertThat(snapshots.get(2)).as("rows: the fixture's 1,232 snapshots").isEqualTo(1232L);
        assertThat((Long) snapshots.get(3)).as("month partitions").isGreaterThanOrEqualTo(2L);
        assertThat((Long) snapshots.get(7)).isPositive();
        assertThat(r.detail("indexes").rows()).extracting(row -> row.get(2))
                .contains("idx_hourly_model_time", "idx_decision_reasoning_words");
        List<List<Object>> queries = r.detail("queries").rows();
        assertThat(queries).isNotEmpty().allSatisfy(q -> assertThat(q.get(2)).isIn("index", "scan"));
        assertThat(queries).extracting(q -> q.get(4).toString()).allSatisfy(plan -> assertThat(plan).contains("cost="));
        assertThat(r.summary()).startsWith("schema " + schema + " on PostgreSQL ");
    }

    @Test
    void analyzeVacuumAndTheContractChecksRunOnTheSchema() {
        String schema = PgRoles.migrated("tiny", temp);
        try (Battle b = server(schema)) {
            assertThat(service().run(b, new Analyze(), MaintenanceProgress.NONE).summary())
                    .startsWith("ANALYZE: 8 tables of schema " + schema);
            assertThat(service().run(b, new Vacuum(), MaintenanceProgress.NONE).summary())
                    .startsWith("VACUUM (ANALYZE): 8 tables of schema " + schema);
            MaintenanceResult clean = service().run(b, new IntegrityCheck(false), MaintenanceProgress.NONE);
            assertThat(clean.warnings()).isEmpty();
            assertThat(clean.summary()).startsWith("schema " + schema + " checked with ").contains("no problems");
        }
        PgServer.execute("UPDATE " + schema + ".hourly_snapshots SET equity = -5 WHERE id IN (3, 4)");
        try (Battle b = server(schema)) {
            MaintenanceResult r = service().run(b, new IntegrityCheck(false), MaintenanceProgress.NONE);
            assertThat(r.warnings()).containsExactly(schema + " hourly_snapshots: equity <= 0 (2 rows, e.g. id 3, id 4)");
        }
    }

    /** A schema migrated before the actions' partial indexes existed gets them, on every month partition. */
    @Test
    void speedUpIndexesCreatesTheIndexesTheSchemaLacks() {
        String schema = PgRoles.migrated("full-split", temp);
        PgServer.execute("DROP INDEX " + schema + ".idx_decision_model_actions");
        PgServer.execute("DROP INDEX " + schema + ".idx_decision_symbol_actions");
        MaintenanceResult r;
        try (Battle b = server(schema)) {
            MaintenancePlan plan = service().plan(b, new SpeedIndexes());
            assertThat(plan.summary()).isEqualTo("Create 2 speed-up index(es) in schema " + schema);
            assertThat(plan.changes().get(0)).startsWith("create index idx_decision_model_actions on decision_log (");
            r = service().run(b, new SpeedIndexes(), MaintenanceProgress.NONE);
        }
        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(r.summary()).isEqualTo("created 2 index(es) in schema " + schema
                + ": idx_decision_model_actions, idx_decision_symbol_actions");
        assertThat(r.tables()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo("decision_log");
            assertThat(t.after()).isEqualTo(t.before()).isPositive();
        });
        // built on each partition of decision_log (its months and the DEFAULT one)
        assertThat(leaves(schema, "idx_decision_model_actions")).isEqualTo(leaves(schema, "decision_log"))
                .isGreaterThanOrEqualTo(2);
        try (Battle b = server(schema)) {
            assertThat(service().run(b, new SpeedIndexes(), MaintenanceProgress.NONE).summary())
                    .isEqualTo("nothing to do: schema " + schema + " has every index of sql/postgresql/indexes.sql");
        }
    }

    private static long leaves(String schema, String partitioned) {
        try (java.sql.Connection c = PgServer.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM pg_partition_tree(?::regclass) WHERE isleaf AND level > 0")) {
            ps.setString(1, schema + "." + partitioned);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sqliteOnlyActionsAndAReadOnlyRoleSayWhy() {
        String schema = PgRoles.migrated("tiny", temp);
        try (Battle b = server(schema)) {
            assertThatThrownBy(() -> service().run(b, new WalCheckpoint(), MaintenanceProgress.NONE))
                    .isInstanceOf(MaintenanceException.class)
                    .hasMessage("WAL checkpoint does not apply to a server battle: PostgreSQL checkpoints its "
                            + "write-ahead log itself");
        }
        String reader = PgRoles.readOnlyRole(schema);
        try (Battle b = new BattleService().open(PgRoles.server(reader, schema), PasswordPrompt.NONE)) {
            assertThatThrownBy(() -> service().run(b, new RecomputeStandings(), MaintenanceProgress.NONE))
                    .isInstanceOf(MaintenanceException.class)
                    .hasMessageStartingWith("Recompute current standings cannot run: role " + reader
                            + " may not write to schema " + schema + " (no INSERT, UPDATE or DELETE on ");
            assertThat(service().run(b, new IntegrityCheck(false), MaintenanceProgress.NONE).warnings()).isEmpty();
        }
    }

    @Test
    void maintainOnAJdbcUrlRunsTheSame() {
        String schema = PgRoles.migrated("tiny", temp);
        String log = temp.resolve("cli.log").toString();
        Cli stats = Cli.run("maintain", "--data", PgServer.url(schema), "stats", "--log", log);
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("schema " + schema + " on PostgreSQL");
        Cli plan = Cli.run("maintain", "--data", PgServer.url(schema), "standings", "--log", log);
        assertThat(plan.exitCode()).isEqualTo(2);
        Cli standings = Cli.run("maintain", "--data", PgServer.url(schema), "standings", "--yes", "--log", log);
        assertThat(standings.exitCode()).as(standings.err()).isZero();
        Cli checkpoint = Cli.run("maintain", "--data", PgServer.url(schema), "checkpoint", "--yes", "--log", log);
        assertThat(checkpoint.exitCode()).isEqualTo(1);
        assertThat(checkpoint.err()).contains("WAL checkpoint does not apply to a server battle");
    }

    @Test
    void theOwnIndexCommandSaysAServerBattleUsesTheServersIndexes() {
        String schema = PgRoles.migrated("tiny", temp);
        Cli index = Cli.run("index", "--data", PgServer.url(schema), "--status");
        assertThat(index.exitCode()).isEqualTo(1);
        assertThat(index.err()).contains("is a battle on a database server: BattleScope's own index is for battle"
                + " folders").doesNotContain("Exception");
        assertThat(index.out()).isEmpty();
    }
}
