package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.Stamp;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19: an archive killed at any point can be finished by running it again: archive + battle = before, no row in
 * both. The kill is a throw from the archive's step hook (SQLite rolls back what was not committed, as after a
 * kill -9); the three battle files of the split layout commit one after the other.
 */
class ArchiveCrashTest {
    private static final Stamp MID_JANUARY = Stamp.parse("2025-01-15");
    private static final String CUT = "2025-01-15 00:00:00";
    private static final List<String[]> TABLES = List.of(
            new String[] {"metrics_timeseries.db", "hourly_snapshots", "timestamp"},
            new String[] {"metrics_timeseries.db", "trade_log", "exit_time"},
            new String[] {"decisions.db", "decision_log", "timestamp"},
            new String[] {"leaderboard.db", "leaderboard_snapshots", "snapshot_time"});

    @TempDir
    Path tmp;

    private static final class Killed extends RuntimeException {
        Killed(String where) {
            super("killed at " + where);
        }
    }

    @ParameterizedTest(name = "killed at {0} #{1}")
    @CsvSource({"COPIED, 1", "ARCHIVE_COMMITTED, 1", "BATTLE_FILE_COMMITTED, 1", "BATTLE_FILE_COMMITTED, 2",
            "BATTLE_FILE_COMMITTED, 3"})
    void aRunKilledAtAnyStepIsFinishedByRunningItAgain(ArchiveOldData.Step step, int occurrence) throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("archive.db");
        Db.execute(archive, "CREATE TABLE note (x)", "INSERT INTO note VALUES ('an existing archive')");
        Map<String, List<List<Object>>> before = battleRows(folder);
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        int[] seen = {0};
        ArchiveOldData killed = new ArchiveOldData(MID_JANUARY, archive, Set.of()).withHook(s -> {
            if (s == step && ++seen[0] == occurrence) {
                throw new Killed(s + " #" + occurrence);
            }
        });

        assertThatThrownBy(() -> service.run(folder, killed, MaintenanceProgress.NONE))
                .hasMessageContaining("killed at " + step);

        // after the kill: no row lost, and every row in both files is the same row
        Map<String, List<List<Object>>> battle = battleRows(folder);
        Map<String, List<List<Object>>> archived = archiveRows(archive);
        for (String[] t : TABLES) {
            TreeMap<Long, List<Object>> union = new TreeMap<>();
            for (List<Object> row : archived.get(t[1])) {
                union.put(id(row), row);
            }
            for (List<Object> row : battle.get(t[1])) {
                List<Object> other = union.put(id(row), row);
                assertThat(other == null || other.equals(row)).as(t[1] + " row " + id(row)).isTrue();
            }
            assertThat(new ArrayList<>(union.values())).as(t[1]).isEqualTo(before.get(t[1]));
        }
        boolean inBoth = TABLES.stream().anyMatch(t -> battle.get(t[1]).stream().map(ArchiveCrashTest::id)
                .anyMatch(i -> archived.get(t[1]).stream().map(ArchiveCrashTest::id).anyMatch(i::equals)));
        assertThat(inBoth).as("rows in both files after the kill")
                .isEqualTo(step != ArchiveOldData.Step.COPIED && !(occurrence == 3));

        MaintenanceResult again = service.run(folder, new ArchiveOldData(MID_JANUARY, archive, Set.of()),
                MaintenanceProgress.NONE);

        assertThat(again.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(again.warnings()).isEmpty();
        assertFinished(folder, archive, before);
        assertThat(Db.value(archive, "SELECT x FROM note")).isEqualTo("an existing archive");
    }

    /** The state a kill -9 between the archive's commit and the battle's leaves, built by hand: rows in both. */
    @Test
    void rowsAlreadyArchivedIdenticallyAreRecognisedAndTheMoveCompleted() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("archive.db");
        Map<String, List<List<Object>>> before = battleRows(folder);
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        service.run(folder, new ArchiveOldData(MID_JANUARY, archive, Set.of()), MaintenanceProgress.NONE);
        // put the decisions back as if the battle's commit never happened
        Db.execute(folder.resolve("decisions.db"), "ATTACH DATABASE '" + archive + "' AS a",
                "INSERT INTO decision_log SELECT * FROM a.decision_log");
        long inBoth = Db.count(archive, "decision_log");
        assertThat(inBoth).isPositive();

        MaintenanceResult r = service.run(folder, new ArchiveOldData(MID_JANUARY, archive, Set.of()),
                MaintenanceProgress.NONE);

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(r.messages()).contains(inBoth + " of these rows were already in the archive, identical (an earlier "
                + "archive stopped after the archive committed): they were only removed from the battle");
        assertThat(r.tables()).contains(new TableCount("archive.db", "decision_log", inBoth, inBoth));
        assertFinished(folder, archive, before);
    }

    @Test
    void aCutOffAfterTheNewestRowIsRefusedWithoutAll() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path archive = tmp.resolve("archive.db");
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        long snapshots = Db.count(folder.resolve("metrics_timeseries.db"), "hourly_snapshots");
        Object newest = Db.value(folder.resolve("metrics_timeseries.db"), "SELECT MAX(timestamp) FROM hourly_snapshots");
        Object newestAll = newestOfAll(folder);

        assertThatThrownBy(() -> service.run(folder, new ArchiveOldData(Stamp.parse("2999-01-01"), archive, Set.of()),
                MaintenanceProgress.NONE)).isInstanceOf(MaintenanceException.class)
                .hasMessage("the cut-off 2999-01-01 00:00:00 is after the newest row (" + newestAll + "): it would "
                        + "move every row and leave the battle empty; nothing was changed. Choose an earlier time, or "
                        + "ask for everything explicitly (--all)");
        assertThat(Db.count(folder.resolve("metrics_timeseries.db"), "hourly_snapshots")).isEqualTo(snapshots);
        assertThat(archive).doesNotExist();

        MaintenancePlan plan = service.plan(folder, new ArchiveOldData(Stamp.parse("2025-01-07"), archive,
                Set.of(ArchiveTable.SNAPSHOTS)));
        long old = ((Number) Db.value(folder.resolve("metrics_timeseries.db"),
                "SELECT COUNT(*) FROM hourly_snapshots WHERE timestamp < '2025-01-07 00:00:00'")).longValue();
        assertThat(plan.summary()).isEqualTo("Archive " + old + " rows older than 2025-01-07 00:00:00; "
                + (snapshots - old) + " of " + snapshots + " rows remain in the battle");

        MaintenanceResult all = service.run(folder, new ArchiveOldData(null, archive, Set.of(ArchiveTable.SNAPSHOTS),
                true), MaintenanceProgress.NONE);
        assertThat(all.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(Db.count(archive, "hourly_snapshots")).isEqualTo(snapshots);
        assertThat(newest).isNotNull();
    }

    private static Object newestOfAll(Path folder) throws Exception {
        String newest = null;
        for (String[] t : List.of(TABLES.get(0), TABLES.get(1), TABLES.get(2),
                new String[] {"metrics_timeseries.db", "leaderboard_snapshots", "snapshot_time"})) {
            Path file = folder.resolve(t[0]);
            if (!java.nio.file.Files.exists(file) || Db.value(file, "SELECT name FROM sqlite_master WHERE name = ?",
                    t[1]) == null) {
                continue;
            }
            Object v = Db.value(file, "SELECT MAX(" + t[2] + ") FROM " + t[1]);
            if (v != null && (newest == null || v.toString().compareTo(newest) > 0)) {
                newest = v.toString();
            }
        }
        return newest;
    }

    private static void assertFinished(Path folder, Path archive, Map<String, List<List<Object>>> before)
            throws Exception {
        Map<String, List<List<Object>>> battle = battleRows(folder);
        Map<String, List<List<Object>>> archived = archiveRows(archive);
        for (String[] t : TABLES) {
            List<List<Object>> all = new ArrayList<>(archived.get(t[1]));
            all.addAll(battle.get(t[1]));
            all.sort((a, b) -> Long.compare(id(a), id(b)));
            assertThat(all).as(t[1] + ": archive + battle = before, no row twice").isEqualTo(before.get(t[1]));
            int time = timeColumn(folder.resolve(t[0]), t);
            assertThat(archived.get(t[1])).as(t[1]).isNotEmpty()
                    .allMatch(row -> row.get(time).toString().compareTo(CUT) < 0);
            assertThat(battle.get(t[1])).as(t[1]).allMatch(row -> row.get(time).toString().compareTo(CUT) >= 0);
        }
    }

    private static Map<String, List<List<Object>>> battleRows(Path folder) throws Exception {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        for (String[] t : TABLES) {
            rows.put(t[1], Db.rows(folder.resolve(t[0]), "SELECT * FROM " + t[1] + " ORDER BY id"));
        }
        return rows;
    }

    private static Map<String, List<List<Object>>> archiveRows(Path archive) throws Exception {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        boolean exists = java.nio.file.Files.exists(archive);
        for (String[] t : TABLES) {
            boolean has = exists && Db.value(archive, "SELECT name FROM sqlite_master WHERE name = ?", t[1]) != null;
            rows.put(t[1], has ? Db.rows(archive, "SELECT * FROM " + t[1] + " ORDER BY id") : List.of());
        }
        return rows;
    }

    private static int timeColumn(Path db, String[] t) throws Exception {
        List<List<Object>> cols = Db.rows(db, "SELECT name FROM pragma_table_info(?)", t[1]);
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).get(0).equals(t[2])) {
                return i;
            }
        }
        throw new AssertionError("no column " + t[2]);
    }

    private static long id(List<Object> row) {
        return ((Number) row.get(0)).longValue();
    }
}
