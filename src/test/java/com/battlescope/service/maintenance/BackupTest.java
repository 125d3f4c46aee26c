package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    private static final int BATCH = 10;
    @TempDir
    Path tmp;

    @Test
    void copiesEveryFileIntoATimestampedFolderAndVerifiesIt() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path backups = tmp.resolve("backups");

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:05:09")).run(folder, new Backup(backups),
                MaintenanceProgress.NONE);

        Path target = backups.resolve("battle-backup-20250303-140509");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files).containsExactly(target);
        }
        for (String f : List.of("metrics_timeseries.db", "leaderboard.db", "decisions.db")) {
            assertThat(Db.dump(target.resolve(f))).as(f).isEqualTo(Db.dump(folder.resolve(f)));
            assertThat(Db.value(target.resolve(f), "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(r.files()).containsExactly(target.resolve("metrics_timeseries.db"),
                target.resolve("leaderboard.db"), target.resolve("decisions.db"));
        assertThat(r.tables()).contains(new TableCount("decisions.db", "decision_log", 4470, 4470));
        assertThat(r.messages().get(0)).contains("verified");
    }

    @Test
    void aBackupTakenWhileAWriterInsertsIsAConsistentSnapshot() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        long base = Db.count(metrics, "hourly_snapshots");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger batches = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (Connection c = Db.jdbc(metrics); PreparedStatement ps = c.prepareStatement("INSERT INTO "
                    + "hourly_snapshots (model_id, timestamp, equity, cash, positions_value, positions_count) "
                    + "VALUES ('writer', ?, 100000, 100000, 0, 0)")) {
                c.createStatement().execute("PRAGMA busy_timeout = 10000");
                c.setAutoCommit(false);
                for (int i = 0; !stop.get(); i++) {
                    for (int k = 0; k < BATCH; k++) {
                        ps.setString(1, String.format("2026-01-01 00:00:00.%06d", i * BATCH + k));
                        ps.executeUpdate();
                    }
                    c.commit();
                    batches.incrementAndGet();
                    started.countDown();
                }
            } catch (Throwable t) {
                writerFailure.set(t);
                started.countDown();
            }
        });
        writer.start();
        started.await();
        MaintenanceResult r;
        try {
            r = Db.service(tmp, Db.clockAt("2025-03-03T14:05:09")).run(folder, new Backup(tmp.resolve("b")),
                    MaintenanceProgress.NONE);
        } finally {
            stop.set(true);
            writer.join();
        }

        assertThat(writerFailure.get()).isNull();
        Path copy = tmp.resolve("b/battle-backup-20250303-140509/metrics_timeseries.db");
        long copied = Db.count(copy, "hourly_snapshots");
        long writerRows = ((Number) Db.value(copy, "SELECT COUNT(*) FROM hourly_snapshots WHERE model_id = 'writer'"))
                .longValue();
        // whole transactions only: the writer's rows come in batches of ten, ids without gaps
        assertThat(writerRows % BATCH).isZero();
        assertThat(writerRows).isGreaterThanOrEqualTo(BATCH);
        assertThat(copied).isEqualTo(base + writerRows);
        assertThat(Db.value(copy, "SELECT MAX(id) FROM hourly_snapshots")).isEqualTo((int) copied);
        assertThat(Db.value(copy, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Db.count(metrics, "hourly_snapshots")).isEqualTo(base + (long) batches.get() * BATCH);
        assertThat(r.tables()).anyMatch(t -> t.file().equals("metrics_timeseries.db")
                && t.table().equals("hourly_snapshots") && t.after() == copied);
    }

    @Test
    void refusesAnExistingTargetAndLeavesNoPartialFolder() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path backups = tmp.resolve("backups");
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:05:09"));
        service.run(folder, new Backup(backups), MaintenanceProgress.NONE);

        assertThatThrownBy(() -> service.run(folder, new Backup(backups), MaintenanceProgress.NONE))
                .hasMessageContaining("battle-backup-20250303-140509: already exists");

        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("battle-backup-20250303-140509");
        }
    }

    @Test
    void aCancelledBackupLeavesNothingBehind() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        Path backups = tmp.resolve("backups");
        MaintenanceProgress cancelAfterFirstFile = new MaintenanceProgress() {
            private int steps;

            @Override
            public void update(double fraction, String message) {
                steps++;
            }

            @Override
            public boolean isCancelled() {
                return steps > 1;
            }
        };

        MaintenanceResult r = Db.service(tmp, Db.clockAt("2025-03-03T14:05:09")).run(folder, new Backup(backups),
                cancelAfterFirstFile);

        assertThat(r.status()).isEqualTo(MaintenanceResult.Status.CANCELLED);
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files).isEmpty();
        }
    }
}
