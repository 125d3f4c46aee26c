package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MaintainCommandTest {
    @TempDir
    Path tmp;

    private Cli maintain(Path folder, String... action) {
        String[] args = new String[action.length + 5];
        args[0] = "maintain";
        args[1] = "--data";
        args[2] = folder.toString();
        System.arraycopy(action, 0, args, 3, action.length);
        args[action.length + 3] = "--log";
        args[action.length + 4] = tmp.resolve("maintenance.log").toString();
        return Cli.run(args);
    }

    @Test
    void aWriteActionWithoutYesShowsWhatWouldChangeAndChangesNothing() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        String before = sha256(folder.resolve("metrics_timeseries.db"));

        Cli r = maintain(folder, "snapshot", "--timeframe", "daily");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).startsWith("snapshot: Snapshot the daily leaderboard — not applied")
                .contains("insert 2 rows into leaderboard_snapshots of metrics_timeseries.db")
                .contains("leaderboard_snapshots");
        assertThat(r.err()).contains("nothing was done; repeat with --yes to apply");
        assertThat(sha256(folder.resolve("metrics_timeseries.db"))).isEqualTo(before);
        assertThat(tmp.resolve("maintenance.log")).doesNotExist();
    }

    @Test
    void snapshotWithYesWritesAndReportsAsJson() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);

        Cli r = maintain(folder, "snapshot", "--timeframe", "all_time", "--yes", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = parse(r.out());
        assertThat(json.get("action").asText()).isEqualTo("snapshot");
        assertThat(json.get("status").asText()).isEqualTo("done");
        assertThat(json.get("tables").get(0).get("before").asLong()).isEqualTo(12);
        assertThat(json.get("tables").get(0).get("after").asLong()).isEqualTo(14);
        assertThat(count(folder.resolve("metrics_timeseries.db"), "leaderboard_snapshots")).isEqualTo(14);
        assertThat(Files.readAllLines(tmp.resolve("maintenance.log"))).hasSize(1);
    }

    @Test
    void archiveMovesRowsAndPrintsTheCounts() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        Path archive = tmp.resolve("archive.db");

        Cli r = maintain(folder, "archive", "--before", "2025-01-07", "--to", archive.toString(), "--tables",
                "snapshots,decisions", "--yes");

        assertThat(r.exitCode()).as(r.err()).isZero();
        long archived = count(archive, "hourly_snapshots");
        assertThat(archived + count(folder.resolve("metrics_timeseries.db"), "hourly_snapshots")).isEqualTo(42);
        assertThat(count(archive, "decision_log") + count(folder.resolve("decisions.db"), "decision_log"))
                .isEqualTo(47);
        assertThat(count(archive, "trade_log")).isZero();
        assertThat(r.out()).startsWith("archive: done in ").contains("hourly_snapshots")
                .contains("verified: archive + remaining = before");
    }

    @Test
    void checkExitsOneWhenItFindsProblems() throws Exception {
        Path folder = Fixtures.copy("tiny", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.db"))) {
            c.createStatement().execute("PRAGMA ignore_check_constraints = ON");
            c.createStatement().execute("UPDATE decision_log SET confidence = -1 WHERE id = 3");
        }

        Cli r = maintain(folder, "check");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("problems:").contains("confidence outside 0..100");
        assertThat(r.err()).contains("error: 1 problem(s) found in " + folder);
        assertThat(maintain(Fixtures.copy("full-split", tmp), "check", "--quick").exitCode()).isZero();
    }

    @Test
    void statsPrintsTablesAndPlansWithoutYes() {
        Path folder = Fixtures.copy("full-split", tmp);

        Cli r = maintain(folder, "stats", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode details = parse(r.out()).get("details");
        assertThat(details.get("tables").size()).isGreaterThan(5);
        assertThat(details.get("queries").get(0).get("verdict").asText()).isIn("index", "scan");
        assertThat(details.get("files").get(0).get("size_bytes").isNumber()).isTrue();
    }

    @Test
    void backupNeedsNoYes() {
        Path folder = Fixtures.copy("tiny", tmp);

        Cli r = maintain(folder, "backup", "--to", tmp.resolve("backups").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("verified");
    }

    @Test
    void badUsageExitsTwo() {
        Path folder = Fixtures.copy("tiny", tmp);

        assertThat(maintain(folder, "snapshot", "--timeframe", "hourly").exitCode()).isEqualTo(2);
        assertThat(maintain(folder, "archive", "--before", "yesterday", "--to", "a.db").exitCode()).isEqualTo(2);
        Cli none = Cli.run("maintain", "--data", folder.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("choose an action: snapshot, standings, summaries, archive, vacuum, analyze, "
                + "check, checkpoint, backup, stats, schema, search-index, speed-indexes, recover");
    }

    @Test
    void everyMaintenanceActionIsOneSubcommandInAFileNamedFromIt() {
        Map<String, CommandLine> subcommands = new CommandLine(new MaintainCommand()).getSubcommands();

        assertThat(subcommands.keySet()).containsExactly(Arrays.stream(MaintenanceAction.values())
                .map(MaintenanceAction::command).toArray(String[]::new));
        for (MaintenanceAction a : MaintenanceAction.values()) {
            String camel = Arrays.stream(a.name().split("_"))
                    .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining());
            assertThat(subcommands.get(a.command()).getCommand().getClass().getSimpleName())
                    .isEqualTo("Maintain" + camel);
        }
    }

    @Test
    void aFailureExitsOneWithTheFileAndTheCause() {
        Cli r = maintain(tmp.resolve("nowhere"), "vacuum", "--yes");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: " + tmp.resolve("nowhere") + ": folder not found");
        assertThat(r.out()).isEmpty();
    }

    private static long count(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
