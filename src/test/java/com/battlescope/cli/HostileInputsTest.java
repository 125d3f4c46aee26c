package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19: hostile inputs against the commands, each built here, each with the message the user now sees. */
class HostileInputsTest {
    @TempDir
    Path tmp;

    // ---- equity that is not a number: skipped with a warning, never in a figure ----

    /**
     * Model a's curve is 100, 110, (bad), 99: with the bad row skipped the true max drawdown is (110 - 99) / 110 =
     * 10 % (by hand); SQLite's coercion of the bad value to 0 made it 100 %.
     */
    @ParameterizedTest(name = "equity stored as {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'NaN'|equity is text 'NaN'",
            "'100,000.50'|equity is text '100,000.50'",
            "X'0001'|equity is a BLOB X'0001'",
            "NULL|equity is NULL"})
    void nonNumericEquityIsSkippedWithAWarning(String sqlValue, String expected) throws Exception {
        Path dir = snapshotFolder("equity", sqlValue, "'2025-01-06 12:00:00'");
        Cli result = Cli.run("report", "--data", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path metrics = dir.resolve("metrics_timeseries.db");
        assertThat(result.err().strip()).isEqualTo("warning: " + metrics + ": hourly_snapshots row 3 (model a): "
                + expected + ", not a number it can use: the row is skipped in every figure");
        JsonNode a = model(result, "a");
        assertThat(a.get("snapshots").asLong()).isEqualTo(3);
        assertThat(a.get("max_drawdown_pct").asDouble()).isCloseTo(10.0, within(1e-9));
        assertThat(a.get("final_equity").asDouble()).isEqualTo(99.0);
    }

    @Test
    void nullTimestampIsSkippedWithAWarningNamingTheFile() throws Exception {
        Path dir = snapshotFolder("equity", "105", "NULL");
        Cli result = Cli.run("report", "--data", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err().strip()).isEqualTo("warning: " + dir.resolve("metrics_timeseries.db")
                + ": hourly_snapshots row 3 (model a): timestamp is NULL, not a number it can use: the row is "
                + "skipped in every figure");
        assertThat(model(result, "a").get("max_drawdown_pct").asDouble()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void nonNumericCashIsNamedByItsColumn() throws Exception {
        Path dir = snapshotFolder("cash", "'lots'", "'2025-01-06 12:00:00'");
        Cli result = Cli.run("report", "--data", dir.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("hourly_snapshots row 3 (model a): cash is text 'lots'");
    }

    // ---- foreign, unreachable and looping files ----

    @Test
    void foreignDecisionsFileIsRejectedNamingTheFileAndWhatIsMissing() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path decisions = replaceDecisions(dir,
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                "INSERT INTO notes (body) VALUES ('not a battle')");
        Cli result = Cli.run("report", "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: " + decisions
                + ": no decision_log table: not a battle decisions database (tables: notes)");
    }

    @Test
    void symlinkLoopInsteadOfTheMetricsFileSaysSo() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("looping"));
        Path metrics = dir.resolve("metrics_timeseries.db");
        Files.createSymbolicLink(metrics, metrics.getFileName());
        Cli result = Cli.run("report", "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: " + metrics + ": a symbolic link loop (the link leads back to "
                + "itself)");
    }

    @Test
    void symlinkLoopAsTheFolderSaysSo() throws Exception {
        Path loop = tmp.resolve("loop");
        Files.createSymbolicLink(loop, loop.getFileName());
        Cli result = Cli.run("report", "--data", loop.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: " + loop + ": a symbolic link loop");
    }

    @Test
    void symlinkLoopAsAnOptionalFileIsNotSilentlyIgnored() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path lb = dir.resolve("leaderboard.db");
        Files.deleteIfExists(lb);
        Files.createSymbolicLink(lb, lb.getFileName());
        Cli result = Cli.run("report", "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: " + lb + ": a symbolic link loop");
    }

    @Test
    void unreadableFolderSaysTheFolderIsNotReadable() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("-w--w----"));
        try {
            assumeFalse(Files.exists(dir.resolve("metrics_timeseries.db")),
                    "running as root: folder permissions are not enforced (see UnreachableFileTest)");
            Cli result = Cli.run("report", "--data", dir.toString());
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().strip()).isEqualTo("error: " + dir + ": folder not readable (permission "
                    + "denied): cannot look for metrics_timeseries.db in it; check the folder's permissions");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // ---- compare ----

    @Test
    void compareWithoutAStopLossColumnWorks() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        replaceDecisions(dir,
                "CREATE TABLE decision_log (id INTEGER PRIMARY KEY, model_id TEXT, symbol TEXT, decision TEXT, "
                    + "confidence REAL, timestamp TIMESTAMP, current_price REAL)",
                "INSERT INTO decision_log VALUES (1, 'b', 'AAPL', 'buy', 70, '2025-01-06 10:00:00', 101)",
                "INSERT INTO decision_log VALUES (2, 'a', 'AAPL', 'sell', 60, '2025-01-06 10:02:00', 102)");
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode pairs = parse(result.out()).get("pairs");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("model_1_id").asText()).isEqualTo("a");
        assertThat(pairs.get(0).get("model_2_decision").asText()).isEqualTo("buy");
        assertThat(pairs.get(0).get("time_diff_minutes").asDouble()).isCloseTo(2.0, within(1e-6));
    }

    @Test
    void compareStillNamesAColumnItReallyNeeds() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path decisions = replaceDecisions(dir,
                "CREATE TABLE decision_log (id INTEGER PRIMARY KEY, model_id TEXT, symbol TEXT, "
                    + "timestamp TIMESTAMP)",
                "INSERT INTO decision_log VALUES (1, 'b', 'AAPL', '2025-01-06 10:00:00')");
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: " + decisions
                + ": decision_log lacks column(s) decision that the comparison needs");
    }

    @Test
    void compareFromAfterToIsBadUsage() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL", "--from", "2025-03-05",
                "--to", "2025-03-04");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("--from (2025-03-05) is after --to (2025-03-04): no decision can lie "
                + "between them");
    }

    @Test
    void compareWithAnEmptySymbolIsBadUsage() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("--symbol must name a symbol (it is empty)");
    }

    // ---- report ----

    @ParameterizedTest
    @CsvSource({"Infinity", "-Infinity", "NaN"})
    void nonFiniteInitialCapitalIsBadUsage(String value) {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("report", "--data", dir.toString(), "--initial-capital", value);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("--initial-capital must be a finite number > 0 (got " + value + ")");
    }

    // ---- maintain --log ----

    @Test
    void maintainWithAnUnwritableLogFailsBeforeChangingAnything() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path blocker = Files.writeString(tmp.resolve("a-file"), "x");
        Path log = blocker.resolve("maintenance.log");
        byte[] before = Files.readAllBytes(dir.resolve("metrics_timeseries.db"));
        Cli result = Cli.run("maintain", "--data", dir.toString(), "snapshot", "--timeframe", "daily", "--yes",
                "--log", log.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("error: cannot write the maintenance log " + log + " (")
                .endsWith("); nothing was changed: choose another --log file");
        assertThat(Files.readAllBytes(dir.resolve("metrics_timeseries.db"))).isEqualTo(before);
    }

    // ---- maintain summaries, check, archive ----

    @Test
    void summariesOverANegativeEquityNameTheModelAndDayAndSkipThem() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path metrics = dir.resolve("metrics_timeseries.db");
        String model;
        String day;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + metrics); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.execute("UPDATE hourly_snapshots SET equity = -500 WHERE id = 5");
            try (var rs = st.executeQuery("SELECT model_id, substr(timestamp, 1, 10) FROM hourly_snapshots WHERE id = 5")) {
                model = rs.getString(1);
                day = rs.getString(2);
            }
        }
        String log = tmp.resolve("m.log").toString();

        Cli plan = Cli.run("maintain", "--data", dir.toString(), "summaries", "--log", log);
        assertThat(plan.exitCode()).isEqualTo(2);
        String expected = "skip the daily summary of " + model + " on " + day + ": its equity falls to -500.0, and the "
                + "contract wants every equity of a summary > 0 (fix the snapshots, then rebuild)";
        assertThat(plan.out()).contains(expected);

        Cli run = Cli.run("maintain", "--data", dir.toString(), "summaries", "--yes", "--log", log);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(expected).doesNotContain("CHECK constraint");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + metrics); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM daily_summaries WHERE opening_equity <= 0 "
                     + "OR closing_equity <= 0 OR high_equity <= 0 OR low_equity <= 0")) {
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void checkPrintsOneProblemPerLine() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("corrupt"));
        Path metrics = dir.resolve("metrics_timeseries.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + metrics); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 4096");
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
            st.execute("CREATE INDEX ix ON t (x)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999) "
                    + "INSERT INTO t (x) SELECT printf('v%05d', i) || printf('v%05d', i) || printf('v%05d', i) "
                    + "|| printf('v%05d', i) || printf('v%05d', i) FROM n");
        }
        // zero a cell pointer of a table page: SQLite reports a list of cells in ONE row, one per line
        try (var f = new java.io.RandomAccessFile(metrics.toFile(), "rw")) {
            f.seek(50L * 4096 + 8);
            f.write(new byte[4]);
        }
        Cli result = Cli.run("maintain", "--data", dir.toString(), "check", "--log", tmp.resolve("m.log").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        java.util.List<String> lines = result.out().lines().toList();
        assertThat(lines).noneMatch(l -> l.contains("*** in database"));
        // each cell's problem is a row of the table and a warning line of its own, named by file and check
        List<String> cells = lines.stream().filter(l -> l.contains("page 51 cell ")).toList();
        assertThat(cells).hasSize(4).allMatch(l -> l.matches("metrics_timeseries\\.db +integrity_check +0 +.*page 51 "
                + "cell \\d: Offset 0 out of range.*") || l.matches("warning: metrics_timeseries\\.db: integrity_check — "
                + ".*page 51 cell \\d: Offset 0 out of range.*"));
    }

    @Test
    void archiveWithACutOffAfterTheNewestRowIsRefusedUnlessAll() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Path archive = tmp.resolve("archive.db");
        String log = tmp.resolve("m.log").toString();
        byte[] before = Files.readAllBytes(dir.resolve("metrics_timeseries.db"));

        Cli refused = Cli.run("maintain", "--data", dir.toString(), "archive", "--before", "2999-01-01", "--to",
                archive.toString(), "--yes", "--log", log);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: the cut-off 2999-01-01 00:00:00 is after the newest row (")
                .contains("it would move every row and leave the battle empty; nothing was changed");
        assertThat(Files.readAllBytes(dir.resolve("metrics_timeseries.db"))).isEqualTo(before);
        assertThat(archive).doesNotExist();

        Cli plan = Cli.run("maintain", "--data", dir.toString(), "archive", "--before", "2025-01-07", "--to",
                archive.toString(), "--tables", "snapshots", "--log", log);
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.out()).containsPattern("Archive \\d+ rows older than 2025-01-07 00:00:00; \\d+ of 42 rows "
                + "remain in the battle");

        Cli all = Cli.run("maintain", "--data", dir.toString(), "archive", "--all", "--to", archive.toString(),
                "--tables", "snapshots", "--yes", "--log", log);
        assertThat(all.exitCode()).as(all.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archive); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM hourly_snapshots")) {
            assertThat(rs.getLong(1)).isEqualTo(42);
        }
    }

    // ---- helpers ----

    private static JsonNode model(Cli result, String id) {
        return StreamSupport.stream(parse(result.out()).get("models").spliterator(), false)
                .filter(m -> m.get("model_id").asText().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A metrics file without the engine's CHECKs (as when they were bypassed): model a at 100, 110, (row 3), 99;
     * model b flat at 100. Row 3 has {@code column} = {@code sqlValue} and the timestamp {@code time3}.
     */
    private Path snapshotFolder(String column, String sqlValue, String time3) throws SQLException, java.io.IOException {
        Path dir = Files.createDirectory(tmp.resolve("battle"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE hourly_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, model_id TEXT, "
                    + "timestamp TIMESTAMP, equity REAL, cash REAL, positions_value REAL, positions_count INTEGER)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (id, model_id, timestamp, "
                    + "equity, cash, positions_value, positions_count) VALUES (?, ?, ?, ?, ?, 0, 0)")) {
                Object[][] rows = {{1, "a", "2025-01-06 10:00:00", 100.0}, {2, "a", "2025-01-06 11:00:00", 110.0},
                        {4, "a", "2025-01-06 13:00:00", 99.0}, {5, "b", "2025-01-06 10:00:00", 100.0},
                        {6, "b", "2025-01-06 13:00:00", 100.0}};
                for (Object[] r : rows) {
                    for (int i = 0; i < 4; i++) {
                        ps.setObject(i + 1, r[i]);
                    }
                    ps.setObject(5, r[3]);
                    ps.executeUpdate();
                }
            }
            String equity = column.equals("equity") ? sqlValue : "105";
            String cash = column.equals("cash") ? sqlValue : "105";
            st.execute("INSERT INTO hourly_snapshots (id, model_id, timestamp, equity, cash, positions_value, "
                    + "positions_count) VALUES (3, 'a', " + time3 + ", " + equity + ", " + cash + ", 0, 0)");
        }
        return dir;
    }

    /** The tiny fixture with its decisions.db replaced by a file made of {@code sql}; returns that file. */
    private static Path replaceDecisions(Path dir, String... sql) throws Exception {
        Path decisions = dir.resolve("decisions.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("decisions.db" + suffix));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + decisions);
             Statement st = c.createStatement()) {
            for (String statement : sql) {
                st.execute(statement);
            }
        }
        return decisions;
    }
}
