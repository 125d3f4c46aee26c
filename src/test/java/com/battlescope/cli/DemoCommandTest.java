package com.battlescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesABattleAndSaysWhatItWrote() {
        Path dir = tmp.resolve("demo");
        Cli r = Cli.run("demo", "--out", dir.toString(), "--models", "2", "--symbols", "3", "--days", "2",
                "--hours", "24x7", "--seed", "4", "--decisions-per-hour", "1");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("wrote " + dir + ": ")
                .contains("96 snapshots, 288 decisions").containsPattern(" in \\d+\\.\\d s$"));
        try (Battle battle = new BattleService().open(dir)) {
            assertThat(battle.snapshotCount()).isEqualTo(96);
            assertThat(battle.decisionCount()).isEqualTo(288);
            assertThat(battle.modelIds()).containsExactly("claude-sonnet-3.5", "gpt-4o");
            assertThat(battle.snapshots("gpt-4o", com.battlescope.service.TimeRange.ALL).get(0).timestamp().text())
                    .startsWith("2025-01-06 00:5");
        }
    }

    @Test
    void refusesToOverwriteAnExistingBattle() throws Exception {
        Path dir = tmp.resolve("demo");
        assertThat(Cli.run("demo", "--out", dir.toString(), "--models", "1", "--days", "1").exitCode()).isEqualTo(0);
        byte[] before = Files.readAllBytes(dir.resolve("decisions.db"));
        Cli again = Cli.run("demo", "--out", dir.toString(), "--models", "1", "--days", "1");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("error: " + dir.resolve("metrics_timeseries.db")
                + ": already exists; refusing to overwrite it");
        assertThat(again.out()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("decisions.db"))).isEqualTo(before);
    }

    @Test
    void liveAppendsToAnExistingBattleForTheHoursAsked() {
        Path dir = tmp.resolve("demo");
        assertThat(Cli.run("demo", "--out", dir.toString(), "--models", "2", "--symbols", "2", "--days", "2")
                .exitCode()).isEqualTo(0);
        Cli live = Cli.run("demo", "--out", dir.toString(), "--live", "--live-hours", "5", "--seconds-per-hour", "0",
                "--decisions-per-hour", "2");
        assertThat(live.exitCode()).as(live.err()).isEqualTo(0);
        assertThat(live.err()).startsWith("live: appending one battle hour every 0.00 s to " + dir);
        assertThat(live.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("appended 5 battle hours to " + dir + ": ").contains("10 snapshots, 40 decisions"));
        try (Battle battle = new BattleService().open(dir)) {
            // 2 models x 2 market days x 7 hours, then 5 more hours
            assertThat(battle.snapshotCount()).isEqualTo(2 * 2 * 7 + 10);
        }
    }

    @Test
    void liveOnANewFolderWritesTheBattleFirstEndingToday() {
        Path dir = tmp.resolve("fresh");
        Cli live = Cli.run("demo", "--out", dir.toString(), "--models", "1", "--symbols", "1", "--days", "3",
                "--hours", "24x7", "--live", "--live-hours", "2", "--seconds-per-hour", "0");
        assertThat(live.exitCode()).as(live.err()).isEqualTo(0);
        assertThat(live.out().lines()).hasSize(2);
        try (Battle battle = new BattleService().open(dir)) {
            assertThat(battle.snapshotCount()).isEqualTo(3 * 24 + 2);
            assertThat(battle.latestSnapshotTime().date()).isEqualTo(java.time.LocalDate.now().plusDays(0));
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("demo").exitCode()).isEqualTo(2);
        Cli hours = Cli.run("demo", "--out", tmp.resolve("x").toString(), "--hours", "weekends");
        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).contains("unknown hours 'weekends' (market, 24x7)");
        Cli models = Cli.run("demo", "--out", tmp.resolve("x").toString(), "--models", "0");
        assertThat(models.exitCode()).isEqualTo(2);
        assertThat(models.err()).contains("--models must be 1..200");
        assertThat(Cli.run("demo", "--out", tmp.resolve("x").toString(), "--live-hours", "3").exitCode()).isEqualTo(2);
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
