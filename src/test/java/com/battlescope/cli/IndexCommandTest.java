package com.battlescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --data DIR [--rebuild|--delete|--status]}: build, update, status JSON, delete, usage errors. */
class IndexCommandTest {
    @TempDir
    Path tmp;

    @Test
    void buildsUpdatesDescribesAndDeletes() throws Exception {
        Path dir = Fixtures.copy("engine-default", tmp);
        Cli built = Cli.run("index", "--data", dir.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).startsWith("index built in ").contains("(no index yet)");
        assertThat(built.err()).contains("building the index: decision_log up to id 1907 of 1907");

        JsonNode status = json(Cli.run("index", "--data", dir.toString(), "--status"));
        assertThat(status.get("exists").asBoolean()).isTrue();
        assertThat(status.get("complete").asBoolean()).isTrue();
        assertThat(status.get("battle").asText()).isEqualTo(dir.toRealPath().toString());
        Path file = Path.of(status.get("file").asText());
        assertThat(Files.size(file)).isEqualTo(status.get("size_bytes").asLong());
        assertThat(file.startsWith(dir)).isFalse();
        JsonNode covers = status.get("covers").get(0);
        assertThat(covers.get("table").asText()).isEqualTo("decision_log");
        assertThat(covers.get("rows").asLong()).isEqualTo(1907);
        assertThat(covers.get("max_id").asLong()).isEqualTo(1907);
        assertThat(covers.get("behind_by_ids").asLong()).isZero();
        assertThat(status.get("size_pct_of_decisions_db").asDouble())
                .isCloseTo(100.0 * Files.size(file) / Files.size(dir.resolve("decisions.db")),
                        org.assertj.core.data.Offset.offset(0.06));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO decision_log(model_id, symbol, decision, reasoning, timestamp, executed)"
                    + " SELECT model_id, symbol, decision, reasoning, timestamp, executed FROM decision_log"
                    + " ORDER BY id DESC LIMIT 5");
        }
        assertThat(json(Cli.run("index", "--data", dir.toString(), "--status")).get("covers").get(0)
                .get("behind_by_ids").asLong()).isEqualTo(5);
        Cli updated = Cli.run("index", "--data", dir.toString());
        assertThat(updated.out()).startsWith("index updated: 5 new rows in ");
        assertThat(Cli.run("index", "--data", dir.toString()).out()).startsWith("index already up to date");
        Cli rebuilt = Cli.run("index", "--data", dir.toString(), "--rebuild");
        assertThat(rebuilt.out()).startsWith("index built in ").contains("(no index yet)");

        Cli deleted = Cli.run("index", "--data", dir.toString(), "--delete");
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).startsWith("deleted " + file);
        assertThat(Files.exists(file)).isFalse();
        assertThat(json(Cli.run("index", "--data", dir.toString(), "--status")).get("exists").asBoolean()).isFalse();
        assertThat(Cli.run("index", "--data", dir.toString(), "--delete").out()).startsWith("no index to delete");
    }

    @Test
    void theReadingCommandsUseAnExistingIndexAfterAddingTheAppendedRowsAndNeverBuildOne() throws Exception {
        Path dir = Fixtures.copy("engine-default", tmp);
        String[] commands = {"report", "quality", "verdict"};
        String[] plain = new String[commands.length];
        for (int i = 0; i < commands.length; i++) {
            plain[i] = Cli.run(commands[i], "--data", dir.toString()).out();
        }
        assertThat(json(Cli.run("index", "--data", dir.toString(), "--status")).get("exists").asBoolean())
                .as("a reading command does not build an index").isFalse();

        assertThat(Cli.run("index", "--data", dir.toString()).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO decision_log(model_id, symbol, decision, reasoning, timestamp, executed)"
                    + " SELECT model_id, symbol, decision, reasoning, timestamp, executed FROM decision_log"
                    + " ORDER BY id DESC LIMIT 7");
        }
        Cli report = Cli.run("report", "--data", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(json(Cli.run("index", "--data", dir.toString(), "--status")).get("covers").get(0)
                .get("behind_by_ids").asLong()).as("report brought the index up to date").isZero();
        String[] appended = new String[commands.length];
        for (int i = 0; i < commands.length; i++) {
            appended[i] = Cli.run(commands[i], "--data", dir.toString()).out();
        }
        assertThat(Cli.run("index", "--data", dir.toString(), "--delete").exitCode()).isZero();
        for (int i = 0; i < commands.length; i++) {
            assertThat(appended[i]).as(commands[i] + " with the index")
                    .isEqualTo(Cli.run(commands[i], "--data", dir.toString()).out());
        }
        // the appended decisions are in the report's counts and the quality figures (the verdict reads snapshots)
        assertThat(appended[0]).isNotEqualTo(plain[0]);
        assertThat(appended[1]).isNotEqualTo(plain[1]);
    }

    @Test
    void optionsAreExclusiveAndAMissingFolderFails() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli both = Cli.run("index", "--data", dir.toString(), "--rebuild", "--delete");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        Cli missing = Cli.run("index", "--data", tmp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: ").contains("nowhere");
    }

    private static JsonNode json(Cli result) throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }
}
