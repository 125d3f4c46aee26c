package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.Stamp;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveOldDataTest {
    private static final Stamp MID_JANUARY = Stamp.parse("2025-01-15");
    @TempDir
    Path tmp;

    private record Source(String file, String table, String time) {
    }

    private static final List<Source> SPLIT = List.of(new Source("metrics_timeseries.db", "hourly_snapshots",
                    "timestamp"), new Source("metrics_timeseries.db", "trade_log", "exit_time"),
            new Source("decisions.db", "decision_log", "timestamp"),
            new Source("leaderboard.db", "leaderboard_snapshots", "snapshot_time"));

    @Test
    void movesOldRowsOfEveryTableAndArchivePlusRemainingEqualsBefore() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("archive/old.db");
        Map<Source, List<List<Object>>> before = new java.util.LinkedHashMap<>();
        for (Source s : SPLIT) {
            before.put(s, Db.rows(folder.resolve(s.file()), "SELECT * FROM " + s.table() + " ORDER BY id"));
        }

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                new ArchiveOldData(MID_JANUARY, archive, Set.of()), MaintenanceProgress.NONE);

        for (Source s : SPLIT) {
            int time = columnIndex(folder.resolve(s.file()), s);
            List<List<Object>> old = before.get(s).stream()
                    .filter(row -> row.get(time).toString().compareTo("2025-01-15 00:00:00") < 0).toList();
            List<List<Object>> remaining = Db.rows(folder.resolve(s.file()), "SELECT * FROM " + s.table() + " ORDER BY id");
            List<List<Object>> archived = Db.rows(archive, "SELECT * FROM " + s.table() + " ORDER BY id");
            assertThat(old).as(s.table()).isNotEmpty().hasSizeLessThan(before.get(s).size());
            assertThat(archived).as(s.table()).isEqualTo(old);
            // archive + remaining = before, row for row, ids kept
            List<List<Object>> union = new ArrayList<>(archived);
            union.addAll(remaining);
            union.sort((a, b) -> Long.compare(((Number) a.get(0)).longValue(), ((Number) b.get(0)).longValue()));
            assertThat(union).as(s.table()).isEqualTo(before.get(s));
            assertThat(r.tables()).contains(new TableCount(s.file(), s.table(), before.get(s).size(), remaining.size()),
                    new TableCount("old.db", s.table(), 0, archived.size()));
        }
        assertThat(r.warnings()).isEmpty();
        assertThat(r.messages()).anyMatch(m -> m.contains("verified: archive + remaining = before for every table"));
        // the archive commits first (it is the connection's main file, in WAL mode)
        assertThat(Db.value(archive, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void refusesDifferentRowsWithTheIdsTheArchiveHoldsAndChangesNothing() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Path archive = tmp.resolve("archive.db");
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        service.run(folder, new ArchiveOldData(Stamp.parse("2025-01-07"), archive, Set.of(ArchiveTable.SNAPSHOTS)),
                MaintenanceProgress.NONE);
        // a row put back into the battle by hand, with its old id but another equity
        Db.execute(metrics, "ATTACH DATABASE '" + archive + "' AS a",
                "INSERT INTO hourly_snapshots SELECT * FROM a.hourly_snapshots WHERE id = 1",
                "UPDATE hourly_snapshots SET equity = equity + 1 WHERE id = 1");
        var battle = Db.dump(metrics);
        var archived = Db.dump(archive);

        assertThatThrownBy(() -> service.run(folder, new ArchiveOldData(Stamp.parse("2025-01-07"), archive,
                Set.of(ArchiveTable.SNAPSHOTS)), MaintenanceProgress.NONE))
                .hasMessage(archive + ": the archive already holds 1 different rows of hourly_snapshots with the "
                        + "ids of rows to move (not an earlier run of this archive); nothing was changed");

        assertThat(Db.dump(metrics)).isEqualTo(battle);
        assertThat(Db.dump(archive)).isEqualTo(archived);
    }

    @Test
    void reArchivingIntoTheSameFileAppends() throws Exception {
        Path folder = Fixtures.copy("engine-default", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Path archive = tmp.resolve("archive.db");
        long total = Db.count(metrics, "hourly_snapshots");
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));

        service.run(folder, new ArchiveOldData(Stamp.parse("2025-01-10"), archive, Set.of(ArchiveTable.SNAPSHOTS)),
                MaintenanceProgress.NONE);
        long first = Db.count(archive, "hourly_snapshots");
        service.run(folder, new ArchiveOldData(Stamp.parse("2025-01-17"), archive, Set.of(ArchiveTable.SNAPSHOTS)),
                MaintenanceProgress.NONE);

        long second = Db.count(archive, "hourly_snapshots");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(second + Db.count(metrics, "hourly_snapshots")).isEqualTo(total);
        assertThat(Db.value(archive, "SELECT COUNT(*) FROM hourly_snapshots WHERE timestamp < '2025-01-10 00:00:00'"))
                .isEqualTo((int) first);
        // only the chosen table moved; the shared layout's leaderboard and the decisions stayed
        assertThat(Db.count(metrics, "leaderboard_snapshots")).isEqualTo(198);
        assertThat(Db.count(folder.resolve("decisions.db"), "decision_log")).isEqualTo(1907);
        assertThat(Db.count(archive, "decision_log")).isZero();
    }

    @Test
    void aFailureBetweenCopyAndDeleteLeavesBothDatabasesAsBefore() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("archive.db");
        Db.execute(archive, "CREATE TABLE note (x)", "INSERT INTO note VALUES ('kept')");
        Map<String, Object> battleBefore = snapshotOf(folder);
        Map<String, List<List<Object>>> archiveBefore = Db.dump(archive);
        List<String> seen = new ArrayList<>();
        MaintenanceProgress failAfterCopy = new MaintenanceProgress() {
            @Override
            public void update(double fraction, String message) {
                seen.add(message);
                if (message.startsWith("copied and verified")) {
                    throw new IllegalStateException("injected failure between copy and delete");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));

        assertThatThrownBy(() -> service.run(folder, new ArchiveOldData(MID_JANUARY, archive, Set.of()), failAfterCopy))
                .hasMessageContaining("injected failure between copy and delete");

        assertThat(seen).anyMatch(m -> m.startsWith("copied ")).noneMatch(m -> m.startsWith("deleted "));
        assertThat(snapshotOf(folder)).isEqualTo(battleBefore);
        assertThat(Db.dump(archive)).isEqualTo(archiveBefore);
        assertThat(service.log().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("failed");
            assertThat(e.summary()).contains("injected failure");
        });
    }

    @Test
    void aCancelledArchiveRemovesTheNewArchiveFileAndChangesNothing() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("new-archive.db");
        Map<String, Object> before = snapshotOf(folder);
        MaintenanceProgress cancelWhileCopying = cancelAfter("copied ");

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                new ArchiveOldData(MID_JANUARY, archive, Set.of()), cancelWhileCopying);

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.CANCELLED);
        assertThat(snapshotOf(folder)).isEqualTo(before);
        assertThat(archive).doesNotExist();
    }

    /** Once the copy is committed, stopping would leave rows in both files: the move finishes instead. */
    @Test
    void aCancelWhileDeletingFinishesTheMove() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path archive = tmp.resolve("new-archive.db");
        long total = Db.count(folder.resolve("decisions.db"), "decision_log");

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                new ArchiveOldData(MID_JANUARY, archive, Set.of()), cancelAfter("deleted "));

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.DONE);
        assertThat(Db.count(archive, "decision_log")).isPositive();
        assertThat(Db.count(archive, "decision_log") + Db.count(folder.resolve("decisions.db"), "decision_log"))
                .isEqualTo(total);
    }

    private static MaintenanceProgress cancelAfter(String prefix) {
        return new MaintenanceProgress() {
            private boolean seen;

            @Override
            public void update(double fraction, String message) {
                seen |= message.startsWith(prefix);
            }

            @Override
            public boolean isCancelled() {
                return seen;
            }
        };
    }

    @Test
    void planCountsWhatWillMoveWithoutWriting() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path archive = tmp.resolve("a.db");
        String sum = Db.sha256(folder.resolve("metrics_timeseries.db"));
        long old = ((Number) Db.value(folder.resolve("metrics_timeseries.db"),
                "SELECT COUNT(*) FROM hourly_snapshots WHERE timestamp < '2025-01-07 00:00:00'")).longValue();

        MaintenancePlan plan = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).plan(folder,
                new ArchiveOldData(Stamp.parse("2025-01-07"), archive, EnumSet.of(ArchiveTable.SNAPSHOTS)));

        assertThat(plan.changes()).contains("move " + old + " of 42 rows of hourly_snapshots (timestamp < "
                + "'2025-01-07 00:00:00') from metrics_timeseries.db to a.db");
        assertThat(plan.tables()).containsExactly(new TableCount("metrics_timeseries.db", "hourly_snapshots", 42, 42 - old),
                new TableCount("a.db", "hourly_snapshots", 0, old));
        assertThat(archive).doesNotExist();
        assertThat(Db.sha256(folder.resolve("metrics_timeseries.db"))).isEqualTo(sum);
    }

    @Test
    void anEmptyFileIsAnEmptyArchive() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path archive = Files.createFile(tmp.resolve("empty.db"));

        Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder, new ArchiveOldData(Stamp.parse("2025-01-07"),
                archive, Set.of(ArchiveTable.SNAPSHOTS)), MaintenanceProgress.NONE);

        assertThat(Db.count(archive, "hourly_snapshots") + Db.count(folder.resolve("metrics_timeseries.db"),
                "hourly_snapshots")).isEqualTo(42);
        assertThat(Db.count(archive, "hourly_snapshots")).isPositive();
    }

    @Test
    void refusesToArchiveIntoABattleFile() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);

        assertThatThrownBy(() -> Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                new ArchiveOldData(MID_JANUARY, folder.resolve("decisions.db"), Set.of()), MaintenanceProgress.NONE))
                .hasMessageContaining("is one of the battle's own files");
        assertThat(Db.count(folder.resolve("decisions.db"), "decision_log")).isEqualTo(47);
    }

    @Test
    void refusesAnArchiveThatWouldLoseAColumn() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        Db.execute(metrics, "ALTER TABLE hourly_snapshots ADD COLUMN note TEXT");
        Path archive = tmp.resolve("a.db");
        long before = Db.count(metrics, "hourly_snapshots");

        assertThatThrownBy(() -> Db.service(tmp, Db.clockAt("2025-03-03T14:00:00")).run(folder,
                new ArchiveOldData(Stamp.parse("2025-01-07"), archive, Set.of(ArchiveTable.SNAPSHOTS)),
                MaintenanceProgress.NONE)).hasMessageContaining("lacks column(s) note");
        assertThat(Db.count(metrics, "hourly_snapshots")).isEqualTo(before);
        assertThat(archive).doesNotExist();
    }

    @Test
    void searchIndexFollowsArchivedDecisions() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path decisions = folder.resolve("decisions.db");
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));
        service.run(folder, new SearchIndex(true), MaintenanceProgress.NONE);

        service.run(folder, new ArchiveOldData(Stamp.parse("2025-01-07"), tmp.resolve("a.db"),
                Set.of(ArchiveTable.DECISIONS)), MaintenanceProgress.NONE);

        assertThat(Db.count(decisions, "decision_fts_docsize")).isEqualTo(Db.count(decisions, "decision_log"));
        assertThat(Db.count(decisions, "decision_log")).isLessThan(47);
    }

    /** Checksums of the battle's database files and every row they hold. */
    private static Map<String, Object> snapshotOf(Path folder) throws Exception {
        Map<String, Object> all = new java.util.TreeMap<>();
        for (String f : List.of("metrics_timeseries.db", "leaderboard.db", "decisions.db")) {
            Path p = folder.resolve(f);
            if (Files.exists(p)) {
                all.put(f + " sha256", Db.sha256(p));
                all.put(f + " rows", Db.dump(p));
            }
        }
        return all;
    }

    private static int columnIndex(Path db, Source s) throws Exception {
        List<List<Object>> cols = Db.rows(db, "SELECT name FROM pragma_table_info(?)", s.table());
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).get(0).equals(s.time())) {
                return i;
            }
        }
        throw new AssertionError("no column " + s.time());
    }
}
