package com.battlescope.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.data.DataAccessException;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.InterruptedWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: a hot rollback journal beside an engine file (the engine died mid-transaction). */
class RecoverJournalTest {
    @TempDir
    Path tmp;

    private static Path interruptedBattle(Path tmp) throws Exception {
        return InterruptedWrite.battle(tmp, "metrics_timeseries.db");
    }

    @Test
    void readingSaysWhatItIsAndOffersTheRecovery() throws Exception {
        Path folder = interruptedBattle(tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        assertThatThrownBy(() -> new BattleService().open(folder)).isInstanceOf(DataAccessException.class)
                .hasMessage(metrics + ": an interrupted transaction must be rolled back first: "
                        + "metrics_timeseries.db-journal is a hot rollback journal (the engine stopped in the middle of "
                        + "a write); run 'battlescope maintain --data " + folder + " recover --yes' (or Maintenance > "
                        + "Recover interrupted write…), which backs up the files and lets SQLite roll the journal back");
    }

    @Test
    void reportAndVacuumNameTheInterruptedTransactionNotPermissions() throws Exception {
        Path folder = interruptedBattle(tmp);
        byte[] journal = Files.readAllBytes(folder.resolve("metrics_timeseries.db-journal"));
        for (String[] args : List.of(new String[] {"report", "--data", folder.toString()},
                new String[] {"maintain", "--data", folder.toString(), "vacuum", "--yes", "--log",
                        tmp.resolve("m.log").toString()})) {
            Cli result = Cli.run(args);
            assertThat(result.exitCode()).as(args[0]).isEqualTo(1);
            assertThat(result.err()).as(args[0]).contains("an interrupted transaction must be rolled back first")
                    .doesNotContain("read-only");
        }
        // nothing was rolled back by reading
        assertThat(Files.readAllBytes(folder.resolve("metrics_timeseries.db-journal"))).isEqualTo(journal);
    }

    @Test
    void recoverBacksUpThenLetsSqliteRollBack() throws Exception {
        Path folder = interruptedBattle(tmp);
        Path metrics = folder.resolve("metrics_timeseries.db");
        byte[] file = Files.readAllBytes(metrics);
        byte[] journal = Files.readAllBytes(folder.resolve("metrics_timeseries.db-journal"));

        Cli plan = Cli.run("maintain", "--data", folder.toString(), "recover", "--log", tmp.resolve("m.log").toString());
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.out()).contains("let SQLite roll metrics_timeseries.db-journal back");
        assertThat(Files.readAllBytes(folder.resolve("metrics_timeseries.db-journal"))).isEqualTo(journal);

        Cli run = Cli.run("maintain", "--data", folder.toString(), "recover", "--yes", "--log",
                tmp.resolve("m.log").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("metrics_timeseries.db: the interrupted transaction was rolled back; "
                + "quick_check ok");

        Path backup;
        try (var dirs = Files.list(folder)) {
            backup = dirs.filter(p -> p.getFileName().toString().startsWith("recover-backup-")).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readAllBytes(backup.resolve("metrics_timeseries.db"))).isEqualTo(file);
        assertThat(Files.readAllBytes(backup.resolve("metrics_timeseries.db-journal"))).isEqualTo(journal);
        assertThat(folder.resolve("metrics_timeseries.db-journal")).doesNotExist();
        // the half-written transaction is gone, the committed rows are all there
        assertThat(Db.count(metrics, "hourly_snapshots")).isEqualTo(42);
        assertThat(Db.value(metrics, "SELECT name FROM sqlite_master WHERE name = 'half_written'")).isNull();
        Cli report = Cli.run("report", "--data", folder.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();

        Cli again = Cli.run("maintain", "--data", folder.toString(), "recover", "--yes", "--log",
                tmp.resolve("m.log").toString());
        assertThat(again.out()).contains("no interrupted transaction in " + folder + ": nothing to do");
    }
}
