package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.Timeframe;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintenanceLogTest {
    @TempDir
    Path tmp;

    @Test
    void everyRunIsAppendedWithItsResult() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        MaintenanceService service = Db.service(tmp, Db.clockAt("2025-03-03T14:00:00"));

        service.run(folder, new SnapshotLeaderboard(Timeframe.DAILY), MaintenanceProgress.NONE);
        service.run(folder, new IntegrityCheck(true), MaintenanceProgress.NONE);
        assertThatThrownBy(() -> service.run(tmp.resolve("missing"), new Vacuum(), MaintenanceProgress.NONE));

        List<LogEntry> entries = service.log().entries();
        assertThat(entries).extracting(LogEntry::action).containsExactly("snapshot", "check", "vacuum");
        assertThat(entries).extracting(LogEntry::status).containsExactly("done", "done", "failed");
        LogEntry first = entries.get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2025-03-03T14:00:00Z"));
        assertThat(first.folder()).isEqualTo(folder.toString());
        assertThat(first.files()).containsExactly(folder.resolve("metrics_timeseries.db").toString());
        assertThat(first.tables()).containsExactly(new TableCount("metrics_timeseries.db", "leaderboard_snapshots", 12, 14));
        assertThat(first.summary()).startsWith("inserted 2 daily leaderboard rows at snapshot_time 2025-03-03 14:00:00");
        assertThat(entries.get(2).summary()).contains("missing").contains("folder not found");
    }

    @Test
    void aDamagedLineCostsOnlyItself() throws Exception {
        Path file = tmp.resolve("maintenance.log");
        MaintenanceService service = new MaintenanceService(new MaintenanceLog(file), Db.clockAt("2025-03-03T14:00:00"),
                500);
        Path folder = Fixtures.copy("tiny", tmp);
        service.run(folder, new Analyze(), MaintenanceProgress.NONE);
        Files.writeString(file, "{\"time\": \"2025-03-0", StandardOpenOption.APPEND);
        Files.writeString(file, "\n", StandardOpenOption.APPEND);
        service.run(folder, new Analyze(), MaintenanceProgress.NONE);

        assertThat(service.log().entries()).hasSize(2).extracting(LogEntry::action).containsOnly("analyze");
    }

    @Test
    void anUnwritableLogFailsBeforeAnythingChanges() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Path log = blocker.resolve("maintenance.log");
        MaintenanceService service = new MaintenanceService(new MaintenanceLog(log),
                Db.clockAt("2025-03-03T14:00:00"), 500);

        assertThatThrownBy(() -> service.run(folder, new SnapshotLeaderboard(Timeframe.DAILY),
                MaintenanceProgress.NONE)).isInstanceOf(MaintenanceException.class)
                .hasMessageStartingWith("cannot write the maintenance log " + log)
                .hasMessageContaining("nothing was changed");
        assertThat(Db.count(folder.resolve("metrics_timeseries.db"), "leaderboard_snapshots")).isEqualTo(12);
    }

    @Test
    void aLogThatIsAFolderFailsBeforeAnythingChanges() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path log = Files.createDirectory(tmp.resolve("log-is-a-folder"));
        MaintenanceService service = new MaintenanceService(new MaintenanceLog(log),
                Db.clockAt("2025-03-03T14:00:00"), 500);

        assertThatThrownBy(() -> service.run(folder, new SnapshotLeaderboard(Timeframe.DAILY),
                MaintenanceProgress.NONE)).hasMessageStartingWith("cannot write the maintenance log " + log);
        assertThat(Db.count(folder.resolve("metrics_timeseries.db"), "leaderboard_snapshots")).isEqualTo(12);
    }

    @Test
    void theDefaultLogLivesInTheAppDataFolderUnlessOverridden() {
        String old = System.getProperty(MaintenanceLog.FILE_PROPERTY);
        try {
            System.clearProperty(MaintenanceLog.FILE_PROPERTY);
            assertThat(MaintenanceLog.defaultFile().getFileName().toString()).isEqualTo("maintenance.log");
            assertThat(MaintenanceLog.defaultFile().getParent().getFileName().toString()).isEqualTo("BattleScope");
            System.setProperty(MaintenanceLog.FILE_PROPERTY, tmp.resolve("x.log").toString());
            assertThat(MaintenanceLog.defaultFile()).isEqualTo(tmp.resolve("x.log"));
        } finally {
            if (old == null) {
                System.clearProperty(MaintenanceLog.FILE_PROPERTY);
            } else {
                System.setProperty(MaintenanceLog.FILE_PROPERTY, old);
            }
        }
    }
}
