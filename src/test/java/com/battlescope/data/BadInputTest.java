package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.battlescope.testutil.Fixtures;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets a one-line message naming the file and the problem, and no file changes. */
class BadInputTest {
    private static final int SHORT_BUSY_MS = 300;

    @TempDir
    Path tmp;

    @Test
    void missingFolder() {
        Path folder = tmp.resolve("nowhere");
        expectFailure(folder).hasMessageContaining(folder.toString()).hasMessageContaining("folder not found");
    }

    @Test
    void folderWithoutMetrics() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(folder.resolve("decisions.db"), "");
        Map<String, String> before = TestDb.checksums(folder);
        expectFailure(folder).hasMessageContaining(folder.resolve(BattleFolder.METRICS).toString())
                .hasMessageContaining("not found");
        assertThat(TestDb.checksums(folder)).isEqualTo(before);
    }

    @Test
    void emptyOptionalFilesCountAsAbsent() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Files.delete(folder.resolve(BattleFolder.DECISIONS));
        Files.write(folder.resolve(BattleFolder.DECISIONS), new byte[0]);
        Files.write(folder.resolve(BattleFolder.LEADERBOARD), new byte[0]);
        Map<String, String> before = TestDb.checksums(folder);
        try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, null)) {
            assertThat(bf.decisionsFromMetrics()).isTrue();
            assertThat(bf.layout()).isEqualTo("shared");
        }
        assertThat(TestDb.checksums(folder)).containsAllEntriesOf(before);
    }

    @Test
    void textFileNamedLikeTheDatabase() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("text"));
        Files.writeString(folder.resolve(BattleFolder.METRICS), "model_id,timestamp,equity\n"
                + "gpt-4o,2025-01-06 10:00:00,100000\n".repeat(20));
        assertFailsUnchanged(folder, BattleFolder.METRICS, "not an SQLite database");
    }

    @Test
    void emptyFile() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("zero"));
        Files.write(folder.resolve(BattleFolder.METRICS), new byte[0]);
        assertFailsUnchanged(folder, BattleFolder.METRICS, "empty");
    }

    @Test
    void truncatedToHalf() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path metrics = folder.resolve(BattleFolder.METRICS);
        try (RandomAccessFile f = new RandomAccessFile(metrics.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertFailsUnchanged(folder, BattleFolder.METRICS, "truncated");
    }

    @Test
    void truncatedDecisionsFileIsNamed() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path decisions = folder.resolve(BattleFolder.DECISIONS);
        try (RandomAccessFile f = new RandomAccessFile(decisions.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertFailsUnchanged(folder, BattleFolder.DECISIONS, "truncated");
    }

    @Test
    void corruptPagesInTheMiddle() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path metrics = folder.resolve(BattleFolder.METRICS);
        try (RandomAccessFile f = new RandomAccessFile(metrics.toFile(), "rw")) {
            long pages = f.length() / 4096;
            byte[] garbage = new byte[4096 * 20];
            Arrays.fill(garbage, (byte) 0xA5);
            f.seek(4096 * (pages / 2 - 10));
            f.write(garbage);
        }
        Map<String, String> before = TestDb.checksums(folder);
        assertThatThrownBy(() -> {
            try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, null)) {
                readEverything(bf);
            }
        }).isInstanceOf(DataAccessException.class).satisfies(e -> oneLine(e.getMessage()))
                .hasMessageContaining(metrics.toString()).hasMessageContaining("corrupt");
        assertThat(TestDb.checksums(folder)).containsAllEntriesOf(before);
    }

    @Test
    void sqliteFileWithoutSnapshots() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("other"));
        try (Connection c = TestDb.jdbc(folder.resolve(BattleFolder.METRICS)); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        }
        assertFailsUnchanged(folder, BattleFolder.METRICS, "no hourly_snapshots table");
    }

    @Test
    void snapshotsWithoutSomeColumns() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("old"));
        try (Connection c = TestDb.jdbc(folder.resolve(BattleFolder.METRICS)); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE hourly_snapshots (id INTEGER PRIMARY KEY, model_id TEXT, timestamp TIMESTAMP, "
                    + "equity REAL, cash REAL)");
        }
        assertFailsUnchanged(folder, BattleFolder.METRICS, "hourly_snapshots lacks column(s) positions_value, "
                + "positions_count");
    }

    @Test
    void readOnlyFolderWithUncheckpointedWal() throws Exception {
        Path folder = WalFolders.withPendingWal(tmp, 40);
        Map<String, String> before = TestDb.checksums(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root: folder permissions are not enforced");
            try (BattleFolder bf = BattleFolder.open(folder)) {
                assertThat(bf.metrics().<Long>read(s -> s.getMapper(SnapshotMapper.class).countSnapshots())).isEqualTo(40);
                assertThat(bf.metrics().readMode()).contains("copy");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(TestDb.checksums(folder)).isEqualTo(before);
    }

    /** The same decision as above, forced, so that it is also proven where the tests run as root. */
    @Test
    void unwritableFolderReadsAPendingWalThroughACopy() throws Exception {
        Path folder = WalFolders.withPendingWal(tmp, 40);
        Map<String, String> before = TestDb.checksums(folder);
        try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, false)) {
            assertThat(bf.metrics().<Long>read(s -> s.getMapper(SnapshotMapper.class).countSnapshots())).isEqualTo(40);
            assertThat(bf.metrics().readMode()).contains("copy");
        }
        assertThat(TestDb.checksums(folder)).isEqualTo(before);
    }

    @Test
    void unwritableFolderWithoutWalOpensImmutable() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        for (String db : new String[] {BattleFolder.METRICS, BattleFolder.DECISIONS}) {
            Files.deleteIfExists(SqliteFiles.walFile(folder.resolve(db)));
            Files.deleteIfExists(SqliteFiles.shmFile(folder.resolve(db)));
        }
        Map<String, String> before = TestDb.checksums(folder);
        try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, false)) {
            assertThat(bf.metrics().readMode()).contains("immutable");
            assertThat(bf.decisions().<Long>read(s -> s.getMapper(DecisionMapper.class).countDecisions()))
                    .isEqualTo(BattleFolderTest.count(folder.resolve("decisions.db"), "decision_log"));
        }
        assertThat(TestDb.checksums(folder)).isEqualTo(before);
    }

    @Test
    void writableFolderNeverCheckpointsAPendingWal() throws Exception {
        Path folder = WalFolders.withPendingWal(tmp, 40);
        Map<String, String> before = TestDb.checksums(folder);
        assertThat(Files.size(folder.resolve("metrics_timeseries.db-wal"))).isPositive();
        try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, null)) {
            readEverything(bf);
            assertThat(bf.metrics().<Long>read(s -> s.getMapper(SnapshotMapper.class).countSnapshots())).isEqualTo(40);
        }
        // SQLite may add a -shm index beside the files; the files that were there keep their bytes
        assertThat(TestDb.checksums(folder)).containsAllEntriesOf(before);
    }

    @Test
    void lockedByAWriterInRollbackMode() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("locked"));
        Path metrics = folder.resolve(BattleFolder.METRICS);
        TestDb.created(metrics, SchemaScripts.METRICS).close();
        try (Connection writer = TestDb.jdbc(metrics); Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            st.execute("BEGIN EXCLUSIVE");
            st.execute("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
                    + "positions_count) VALUES ('a', '2025-01-06 10:00:00', 1, 0, 0, 0)");
            Map<String, String> before = TestDb.checksums(folder);
            assertThatThrownBy(() -> BattleFolder.open(folder, SHORT_BUSY_MS, null).close())
                    .isInstanceOf(DataAccessException.class).satisfies(e -> oneLine(e.getMessage()))
                    .hasMessageContaining(metrics.toString()).hasMessageContaining("locked");
            assertThat(TestDb.checksums(folder)).isEqualTo(before);
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aWalWriterDoesNotBlockReading() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("live"));
        Path metrics = folder.resolve(BattleFolder.METRICS);
        TestDb.created(metrics, SchemaScripts.METRICS).close();
        try (Connection writer = TestDb.jdbc(metrics); Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
                    + "positions_count) VALUES ('a', '2025-01-06 10:00:00', 1, 0, 0, 0)");
            writer.setAutoCommit(false);
            st.execute("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
                    + "positions_count) VALUES ('a', '2025-01-06 11:00:00', 1, 0, 0, 0)");
            try (BattleFolder bf = BattleFolder.open(folder, SHORT_BUSY_MS, null)) {
                assertThat(bf.metrics().<Long>read(s -> s.getMapper(SnapshotMapper.class).countSnapshots())).isEqualTo(1);
            }
            writer.commit();
        }
    }

    private void assertFailsUnchanged(Path folder, String file, String problem) throws Exception {
        Map<String, String> before = TestDb.checksums(folder);
        expectFailure(folder).hasMessageContaining(folder.resolve(file).toString()).hasMessageContaining(problem);
        // opening a WAL file may add an empty -wal and a -shm beside it; the files that were there keep their bytes
        assertThat(TestDb.checksums(folder)).containsAllEntriesOf(before);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> expectFailure(Path folder) {
        return assertThatThrownBy(() -> BattleFolder.open(folder, SHORT_BUSY_MS, null).close())
                .isInstanceOf(DataAccessException.class).satisfies(e -> oneLine(e.getMessage()));
    }

    private static void oneLine(String message) {
        assertThat(message).doesNotContain("\n").hasSizeLessThan(300);
    }

    /** Reads every row of every table through the mappers. */
    static void readEverything(BattleFolder bf) {
        SnapshotScan.forEach(bf.metrics(), null, null, s -> { });
        bf.metrics().read(s -> {
            SnapshotMapper m = s.getMapper(SnapshotMapper.class);
            m.countSnapshots();
            for (String model : m.getModelIds()) {
                m.getSnapshotsByModel(model, null, null);
            }
            m.getSnapshotsAfterId(0);
            return bf.hasTrades() ? s.getMapper(TradeMapper.class).getTrades(null, null, null) : null;
        });
        if (bf.hasDecisions()) {
            bf.decisions().read(s -> s.getMapper(DecisionMapper.class).getDecisionsAfterId(0));
        }
        if (bf.hasLeaderboardSnapshots()) {
            bf.leaderboard().read(s -> s.getMapper(LeaderboardMapper.class).getLeaderboardSnapshots(null, null, null));
        }
    }

}
