package com.battlescope.service.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.maintenance.ArchiveOldData;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.service.maintenance.Vacuum;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.testutil.EngineFiles;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * BattleScope's index through the engine's own changes, on real files: appended rows are added, archive (the
 * maintenance action on a copy), vacuum and a replaced file make a rebuild, a read-only folder gets an index in the
 * data directory, and the engine's files keep their bytes through build, update, rebuild and delete.
 */
@ExtendWith(TempDataDirectory.class)
class IndexLifecycleTest {
    @TempDir
    Path tmp;
    private final IndexService index = new IndexService();
    private final BattleService battles = new BattleService();


    @Test
    void appendedRowsAreAddedAndFoundBeforeAndAfterTheUpdate() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        try (Battle b = battles.open(folder)) {
            assertThat(index.open(b, MaintenanceProgress.NONE).outcome())
                    .isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(b.usesIndex()).isTrue();
            long before = b.maxDecisionId();
            append(folder, 25, "needle appended");
            // not yet updated: the newer rows come from the engine file, the page is the same as without the index
            assertSamePages(folder, b, new DecisionFilter(null, null, null, null, "needle", null, null));
            assertSamePages(folder, b, DecisionFilter.none());
            IndexRun r = index.update(b, MaintenanceProgress.NONE);
            assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.UPDATED);
            assertThat(r.added()).isEqualTo(25);
            assertThat(index.summary(b).covers().get(0).maxId()).isEqualTo(before + 25);
            assertSamePages(folder, b, new DecisionFilter(null, null, null, null, "needle", null, null));
            assertSamePages(folder, b, DecisionFilter.none());
            assertThat(index.open(b, MaintenanceProgress.NONE).outcome())
                    .isEqualTo(IndexRun.Outcome.FRESH);
        }
    }

    @Test
    void archivingRowsMakesARebuild() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        try (Battle b = battles.open(folder)) {
            index.open(b, MaintenanceProgress.NONE);
        }
        MaintenanceResult archived = maintenance().run(folder, new ArchiveOldData(
                Stamp.of(LocalDateTime.parse("2025-01-15T00:00:00")), tmp.resolve("archive.db"), Set.of()),
                MaintenanceProgress.NONE);
        assertThat(archived.status()).isEqualTo(MaintenanceResult.Status.DONE);
        try (Battle b = battles.open(folder)) {
            IndexRun stale = index.attach(b);
            assertThat(stale.outcome()).as("a command never rebuilds").isEqualTo(IndexRun.Outcome.STALE);
            assertThat(stale.reason()).contains("decision_log was rewritten");
            assertThat(b.usesIndex()).isFalse();
            assertThat(index.summary(b).complete()).as("the stale index is left for the app to rebuild").isTrue();
            IndexRun r = index.open(b, MaintenanceProgress.NONE);
            assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(r.reason()).contains("decision_log was rewritten");
            assertThat(index.summary(b).covers().get(0).rows()).isEqualTo(rows(folder));
            assertSamePages(folder, b, DecisionFilter.none());
        }
    }

    @Test
    void deletedRowsInTheMiddleAreSeenByTheFullCheck() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        try (Battle b = battles.open(folder)) {
            index.open(b, MaintenanceProgress.NONE);
        }
        exec(folder.resolve("decisions.db"), "DELETE FROM decision_log WHERE id = 100");
        try (Battle b = battles.open(folder)) {
            IndexRun r = index.open(b, MaintenanceProgress.NONE);
            assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(r.reason()).contains("rows deleted or archived");
            assertSamePages(folder, b, DecisionFilter.none());
        }
    }

    @Test
    void vacuumMakesARebuild() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        exec(folder.resolve("decisions.db"), "DELETE FROM decision_log WHERE id < 1500");
        try (Battle b = battles.open(folder)) {
            assertThat(index.open(b, MaintenanceProgress.NONE).outcome())
                    .isEqualTo(IndexRun.Outcome.BUILT);
        }
        MaintenanceResult vacuumed = maintenance().run(folder, new Vacuum(), MaintenanceProgress.NONE);
        assertThat(vacuumed.status()).isEqualTo(MaintenanceResult.Status.DONE);
        try (Battle b = battles.open(folder)) {
            IndexRun r = index.update(b, MaintenanceProgress.NONE);
            assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(r.reason()).contains("shrank");
            assertSamePages(folder, b, DecisionFilter.none());
        }
    }

    @Test
    void aReplacedFileMakesARebuild() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path other = Fixtures.copy("engine-default", tmp.resolve("other"));
        try (Battle b = battles.open(folder)) {
            index.open(b, MaintenanceProgress.NONE);
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path from = other.resolve("decisions.db" + suffix);
            Path to = folder.resolve("decisions.db" + suffix);
            Files.deleteIfExists(to);
            if (Files.exists(from)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Battle b = battles.open(folder)) {
            IndexRun r = index.update(b, MaintenanceProgress.NONE);
            assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(r.reason()).contains("rewritten");
            assertThat(index.summary(b).covers().get(0).rows()).isEqualTo(rows(folder));
            assertSamePages(folder, b, new DecisionFilter(null, null, null, null, "the", null, null));
        }
    }

    @Test
    void aReadOnlyFolderGetsItsIndexInTheDataDirectoryAndNoFileChanges() throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);
        Map<String, String> before = EngineFiles.hashes(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            try (Battle b = battles.open(folder)) {
                IndexRun r = index.open(b, MaintenanceProgress.NONE);
                assertThat(r.outcome()).isEqualTo(IndexRun.Outcome.BUILT);
                assertThat(b.indexStore().file()).startsWith(TempDataDirectory.current().resolve("index"));
                assertThat(b.indexStore().file().startsWith(folder)).isFalse();
                assertSamePages(folder, b, new DecisionFilter(null, null, "buy", null, "RSI", null, null));
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(EngineFiles.hashes(folder)).isEqualTo(before);
    }

    @Test
    void theEngineFilesKeepTheirBytesThroughBuildUpdateRebuildAndDelete() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Map<String, String> before = EngineFiles.hashes(folder);
        try (Battle b = battles.open(folder)) {
            index.open(b, MaintenanceProgress.NONE);
            assertThat(EngineFiles.hashes(folder)).as("build").isEqualTo(before);
        }
        append(folder, 10, "later");
        Map<String, String> appended = EngineFiles.hashes(folder);
        try (Battle b = battles.open(folder)) {
            assertThat(index.open(b, MaintenanceProgress.NONE).outcome())
                    .isEqualTo(IndexRun.Outcome.UPDATED);
            assertThat(EngineFiles.hashes(folder)).as("update").isEqualTo(appended);
            assertThat(index.rebuild(b, MaintenanceProgress.NONE).outcome()).isEqualTo(IndexRun.Outcome.BUILT);
            assertThat(EngineFiles.hashes(folder)).as("rebuild").isEqualTo(appended);
            assertThat(index.delete(b)).isTrue();
            assertThat(b.usesIndex()).isFalse();
            assertThat(Files.exists(b.indexStore().file())).isFalse();
            assertThat(EngineFiles.hashes(folder)).as("delete").isEqualTo(appended);
        }
    }

    private MaintenanceService maintenance() {
        return new MaintenanceService(new MaintenanceLog(tmp.resolve("maintenance.jsonl")));
    }

    /** Pages of {@code f} through the indexed battle equal those of the folder opened without an index. */
    private void assertSamePages(Path folder, Battle indexed, DecisionFilter f) {
        assertThat(indexed.usesIndex()).isTrue();
        DecisionLogService log = new DecisionLogService(17);
        try (Battle plain = battles.open(folder)) {
            List<Long> expected = IndexedDecisionLogTest.ids(IndexedDecisionLogTest.pages(log, plain, f, List.of()));
            assertThat(expected).isNotEmpty();
            assertThat(IndexedDecisionLogTest.ids(IndexedDecisionLogTest.pages(log, indexed, f, List.of())))
                    .as(f.toString()).isEqualTo(expected);
        }
    }

    /** A writer appends {@code n} decisions copied from the newest ones, with {@code text} in the reasoning. */
    static void append(Path folder, int n, String text) throws Exception {
        exec(folder.resolve("decisions.db"), "INSERT INTO decision_log(model_id, symbol, decision, reasoning, confidence,"
                + " timestamp, executed) SELECT model_id, symbol, decision, '" + text + " ' || reasoning, confidence,"
                + " timestamp, executed FROM decision_log ORDER BY id DESC LIMIT " + n);
    }

    static void exec(Path db, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private static long rows(Path folder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + folder.resolve("decisions.db")
                + "?mode=ro"); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM decision_log")) {
            return rs.getLong(1);
        }
    }
}
