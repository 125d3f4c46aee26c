package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.JsonAssert;
import com.battlescope.testutil.PgServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} on a real PostgreSQL server: counts per table, month partitions, {@code --incremental} after the
 * engine appended rows copies exactly those, and a run that fails or is killed in the middle leaves the server as
 * before while the next run completes.
 */
@ExtendWith(PgServer.class)
class MigrateTest {
    private static final List<String> TABLES = List.of("hourly_snapshots", "daily_summaries", "weekly_summaries",
            "monthly_summaries", "trade_log", "leaderboard_snapshots", "current_standings", "decision_log");

    @TempDir
    Path tmp;

    @Test
    void aFirstCopyHasEveryRowMonthPartitionsAndTheContractsIndexes() throws Exception {
        Path folder = Fixtures.copy("gen-split-quirks", tmp);
        String schema = PgServer.freshSchema("first");
        Cli run = migrate(folder, schema);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(counts(schema)).isEqualTo(folderCounts(folder));
        assertThat(run.out()).contains("decision_log", "(folder = server)", "created schema " + schema);
        assertThat(run.err()).contains("decision_log: 0 / ").contains("hourly_snapshots: ");
        // January to March 2025 in monthly partitions; nothing in the DEFAULT one
        assertThat(strings("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p "
                + "ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace WHERE n.nspname = '" + schema
                + "' AND p.relname = 'decision_log' ORDER BY 1"))
                .containsExactly("decision_log_2025_01", "decision_log_2025_02", "decision_log_2025_03",
                        "decision_log_other");
        assertThat(count(schema, "decision_log_other")).isZero();
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema
                + "' AND tablename = 'decision_log' ORDER BY 1"))
                .contains("idx_decision_model_time", "idx_decision_symbol_time", "idx_decision_model_symbol",
                        "idx_decision_executed", "idx_decision_timestamp", "idx_decision_reasoning_words",
                        "idx_decision_model_actions", "idx_decision_symbol_actions");
        // the time text exactly as written, offsets and whole seconds included
        assertThat(strings("SELECT timestamp FROM " + schema + ".decision_log WHERE timestamp LIKE '%+00:00' LIMIT 1"))
                .hasSize(1);
        Cli again = migrate(folder, schema);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("schema " + schema + " already exists", "--incremental");
    }

    @Test
    void incrementalCopiesExactlyTheRowsTheEngineAppended() throws Exception {
        Path folder = demoFolder(tmp.resolve("live"), "8");
        String schema = PgServer.freshSchema("incr");
        assertThat(migrate(folder, schema).exitCode()).isZero();
        Map<String, Long> before = folderCounts(folder);

        Cli nothingNew = migrate(folder, schema, "--incremental");
        assertThat(nothingNew.exitCode()).as(nothingNew.err()).isZero();
        assertThat(nothingNew.out()).contains("decision_log                      0 copied");

        Cli appended = Cli.run("demo", "--live", "--live-hours", "3", "--out", folder.toString());
        assertThat(appended.exitCode()).as(appended.err()).isZero();
        Map<String, Long> after = folderCounts(folder);
        assertThat(after.get("decision_log")).isGreaterThan(before.get("decision_log"));
        assertThat(after.get("hourly_snapshots")).isGreaterThan(before.get("hourly_snapshots"));

        Cli incremental = migrate(folder, schema, "--incremental");
        assertThat(incremental.exitCode()).as(incremental.err()).isZero();
        for (String table : List.of("hourly_snapshots", "decision_log", "trade_log", "leaderboard_snapshots")) {
            long added = after.get(table) - before.get(table);
            assertThat(incremental.out()).as(table).containsPattern(table + " +" + String.format("%,d", added)
                    + " copied +" + String.format("%,d", after.get(table)) + " rows");
        }
        assertThat(counts(schema)).isEqualTo(after);
        assertSameReport(folder, schema);
    }

    @Test
    void aFirstCopyKilledInTheMiddleLeavesNothingAndTheNextRunCompletes() throws Exception {
        Path folder = demoFolder(tmp.resolve("big"), "60");
        String schema = PgServer.freshSchema("killed");
        killWhenCopying(folder, schema, "decision_log: 100,000");
        assertThat(strings("SELECT nspname FROM pg_namespace WHERE nspname = '" + schema + "'")).isEmpty();

        Cli next = migrate(folder, schema);
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(strings("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + schema + "%'"))
                .containsExactly(schema);
        assertThat(counts(schema)).isEqualTo(folderCounts(folder));
    }

    @Test
    void anIncrementalCopyKilledInTheMiddleLeavesTheServerAsBefore() throws Exception {
        Path folder = demoFolder(tmp.resolve("grow"), "3");
        String schema = PgServer.freshSchema("killincr");
        assertThat(migrate(folder, schema).exitCode()).isZero();
        Map<String, Long> before = counts(schema);
        appendDecisions(folder.resolve("decisions.db"), 150_000);

        killWhenCopying(folder, schema, "decision_log: 100,000", "--incremental");
        assertThat(counts(schema)).isEqualTo(before);

        Cli next = migrate(folder, schema, "--incremental");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(counts(schema)).isEqualTo(folderCounts(folder));
        assertThat(counts(schema).get("decision_log")).isEqualTo(before.get("decision_log") + 150_000);
    }

    @Test
    void aRowTheServerCannotHoldFailsNamingItAndChangesNothing() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        String schema = PgServer.freshSchema("bad");
        assertThat(migrate(folder, schema).exitCode()).isZero();
        Map<String, Long> before = counts(schema);
        appendDecisions(folder.resolve("decisions.db"), 10);
        sqlite(folder.resolve("decisions.db"), "UPDATE decision_log SET current_price = 'n/a' "
                + "WHERE id = (SELECT MAX(id) FROM decision_log)");

        Cli failed = migrate(folder, schema, "--incremental");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("decisions.db", "decision_log row", "current_price is text 'n/a'");
        assertThat(counts(schema)).isEqualTo(before);

        String other = PgServer.freshSchema("badfirst");
        Cli firstFailed = migrate(folder, other);
        assertThat(firstFailed.exitCode()).isEqualTo(1);
        assertThat(strings("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + other + "%'")).isEmpty();
    }

    @Test
    void rowsOutOfTimeOrderReachTheirMonthAndTheKeysAndAutovacuumAreAsDeclared() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        // the newest id with the oldest time: its month's partition was already filled when it comes
        sqlite(folder.resolve("decisions.db"), "INSERT INTO decision_log (model_id, symbol, decision, reasoning, "
                + "confidence, timestamp, current_price, executed) SELECT model_id, symbol, decision, 'late row', "
                + "confidence, timestamp, current_price, 0 FROM decision_log ORDER BY timestamp LIMIT 1");
        String schema = PgServer.freshSchema("late");
        Cli run = migrate(folder, schema);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(counts(schema)).isEqualTo(folderCounts(folder));
        String first = schema + ".decision_log";
        assertThat(strings("SELECT tableoid::regclass::text FROM " + first + " WHERE reasoning = 'late row'"))
                .isEqualTo(strings("SELECT tableoid::regclass::text FROM " + first + " ORDER BY timestamp, id LIMIT 1"));
        assertThat(strings("SELECT count(*)::text FROM " + first + " WHERE reasoning_words @@ 'late <-> row'"))
                .containsExactly("1");
        // the primary keys declared on the parents again (built per partition after the copy), nothing left off
        assertThat(strings("SELECT c.relname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c "
                + "ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema
                + "' AND k.contype = 'p' AND c.relkind = 'p' ORDER BY 1"))
                .containsExactly("decision_log PRIMARY KEY (id, \"timestamp\")",
                        "hourly_snapshots PRIMARY KEY (id, \"timestamp\")");
        assertThat(strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = '" + schema + "' AND c.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                + "WHERE k.conrelid = c.oid AND k.contype = 'p')")).isEmpty();
        assertThat(strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = '" + schema + "' AND c.reloptions IS NOT NULL")).isEmpty();
        assertThat(strings("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN "
                + "pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = '" + schema + "' AND NOT x.indisvalid"))
                .isEmpty();
    }

    @Test
    void openingAMissingSchemaNamesTheBattleSchemasThere() {
        Path folder = Fixtures.copy("tiny", tmp);
        String schema = PgServer.freshSchema("listed");
        assertThat(migrate(folder, schema).exitCode()).isZero();
        Cli missing = Cli.run("report", "--data", PgServer.url("no_such_battle"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no schema no_such_battle on the server", "battle schemas: ", schema);
        Cli noSchema = Cli.run("report", "--data", PgServer.url());
        assertThat(noSchema.exitCode()).isNotZero();
        assertThat(noSchema.err()).contains("no currentSchema");
    }

    @Test
    void aReadOnlyRoleReadsEveryFigure() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        String schema = PgServer.freshSchema("readonly");
        assertThat(migrate(folder, schema).exitCode()).isZero();
        String role = schema + "_reader";
        PgServer.execute("CREATE ROLE " + role + " LOGIN; GRANT USAGE ON SCHEMA " + schema + " TO " + role
                + "; GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        String asReader = PgServer.url(schema).replace("user=postgres", "user=" + role);
        for (List<String> command : List.of(List.of("report"), List.of("quality"),
                List.of("compare", "--symbol", "AAPL"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data", folder.toString()));
            Cli onFolder = Cli.run(args.toArray(String[]::new));
            args.set(args.size() - 1, asReader);
            Cli onServer = Cli.run(args.toArray(String[]::new));
            assertThat(onServer.exitCode()).as(onServer.err()).isZero();
            JsonAssert.assertJsonEquals(JsonAssert.parse(onFolder.out()), JsonAssert.parse(onServer.out()), 1e-9);
        }
        Cli write = Cli.run("maintain", "--data", asReader, "snapshot", "--timeframe", "daily", "--yes");
        assertThat(write.exitCode()).isEqualTo(1);
        assertThat(write.err()).contains("role " + role + " may not write to schema " + schema);
    }

    private static void assertSameReport(Path folder, String schema) {
        Cli a = Cli.run("report", "--data", folder.toString());
        Cli b = Cli.run("report", "--data", PgServer.url(schema));
        assertThat(b.exitCode()).as(b.err()).isZero();
        JsonAssert.assertJsonEquals(JsonAssert.parse(a.out()), JsonAssert.parse(b.out()), 1e-9);
    }

    /** A demo battle (the app's own generator, split layout) of 6 models, 5 symbols, 24x7, {@code days} days. */
    private static Path demoFolder(Path out, String days) {
        Cli demo = Cli.run("demo", "--out", out.toString(), "--days", days, "--hours", "24x7");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return out;
    }

    private static Cli migrate(Path folder, String schema, String... more) {
        List<String> args = new ArrayList<>(List.of("migrate", "--from", folder.toString(), "--to", PgServer.url(),
                "--schema", schema));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Runs migrate in a JVM of its own and kills it (SIGKILL) once its progress shows {@code line}. */
    private static void killWhenCopying(Path folder, String schema, String line, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.battlescope.Launcher", "migrate",
                "--from", folder.toString(), "--to", PgServer.url(), "--schema", schema));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean seen = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String l = err.readLine(); l != null; l = err.readLine()) {
                if (l.startsWith(line)) {
                    seen = true;
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the copy reached '" + line + "' before it was killed").isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();
        // the server notices the dropped connection and rolls its transaction back
        for (int i = 0; i < 50 && !strings("SELECT pid::text FROM pg_stat_activity WHERE application_name = "
                + "'BattleScope' AND state <> 'idle'").isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    /** Appends copies of the newest decision with later times, as an engine would (ids above every id). */
    private static void appendDecisions(Path decisionsDb, int n) throws Exception {
        sqlite(decisionsDb, "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < " + n + ") "
                + "INSERT INTO decision_log (model_id, symbol, decision, reasoning, confidence, timestamp, "
                + "current_price, executed) SELECT d.model_id, d.symbol, d.decision, 'appended ' || k.i, d.confidence, "
                + "strftime('%Y-%m-%d %H:%M:%f000', '2031-06-01', '+' || k.i || ' seconds'), d.current_price, 0 "
                + "FROM k, (SELECT * FROM decision_log ORDER BY id DESC LIMIT 1) d");
    }

    private static void sqlite(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /**
     * Rows per table as the contract resolves the folder (read here with plain SQLite): decisions from decisions.db
     * when it has rows, leaderboard tables from leaderboard.db when it has them, else the metrics file's copies.
     */
    private static Map<String, Long> folderCounts(Path folder) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> files = table.equals("decision_log") ? List.of("decisions.db", "metrics_timeseries.db")
                    : table.equals("leaderboard_snapshots") || table.equals("current_standings")
                    ? List.of("leaderboard.db", "metrics_timeseries.db") : List.of("metrics_timeseries.db");
            for (String file : files) {
                Long n = sqliteCount(folder.resolve(file), table);
                if (n != null && (n > 0 || !out.containsKey(table))) {
                    out.put(table, n);
                    if (n > 0) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Rows of a table of an SQLite file, or null when the file or the table is absent. */
    private static Long sqliteCount(Path db, String table) throws Exception {
        if (!java.nio.file.Files.exists(db) || java.nio.file.Files.size(db) == 0) {
            return null;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                     + table + "'")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return null;
            }
            try (Statement st2 = c.createStatement(); ResultSet n = st2.executeQuery("SELECT COUNT(*) FROM " + table)) {
                n.next();
                return n.getLong(1);
            }
        }
    }

    private static Map<String, Long> counts(String schema) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            if (!strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = '" + table + "'").isEmpty()) {
                out.put(table, count(schema, table));
            }
        }
        return out;
    }

    private static long count(String schema, String table) throws Exception {
        try (Connection c = PgServer.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + schema + "." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws Exception {
        try (Connection c = PgServer.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
