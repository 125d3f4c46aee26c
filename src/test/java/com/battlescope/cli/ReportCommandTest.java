package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.assertJsonEquals;
import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void jsonEqualsTheIndependentReference(String name) {
        Path dir = Fixtures.copy(name, tmp);
        Cli result = Cli.run("report", "--data", dir.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode expected = parse(Fixtures.text("/fixtures/" + name + "/expected-report.json"));
        assertJsonEquals(expected, parse(result.out()), 1e-9);
    }

    @Test
    void initialCapitalOverrideChangesTheReturn() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("report", "--data", dir.toString(), "--initial-capital", "50000");
        JsonNode gpt = parse(result.out()).get("models").get(1);
        assertThat(gpt.get("model_id").asText()).isEqualTo("gpt-4o");
        assertThat(gpt.get("initial_capital").asDouble()).isEqualTo(50000.0);
        // (100324.28 - 50000) / 50000 * 100
        assertThat(gpt.get("total_return_pct").asDouble()).isCloseTo(100.64856, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void csvHasOneRowPerModelWithTheJsonColumns() throws Exception {
        Path dir = Fixtures.copy("full-split", tmp);
        Cli result = Cli.run("report", "--data", dir.toString(), "--format", "csv");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(result.out())).getRecords();
        assertThat(records).hasSize(8);
        CSVRecord grok = records.stream().filter(r -> r.get("model_id").equals("grok-2")).findFirst().orElseThrow();
        assertThat(grok.get("sharpe_ratio")).isEmpty();
        assertThat(grok.get("total_return_pct")).isEqualTo("0.0");
    }

    @Test
    void tableIsReadable() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("report", "--data", dir.toString(), "--format", "table");
        assertThat(result.out()).contains("gpt-4o").contains("rank").contains("0.3243");
    }

    @Test
    void missingFolderFailsWithOneLineNamingIt() {
        Path missing = tmp.resolve("nowhere");
        Cli result = Cli.run("report", "--data", missing.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).startsWith("error: ").contains(missing.toString()).doesNotContain("\n")
                .contains("not found");
    }

    @Test
    void foreignFileFailsWithExitOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(dir.resolve("metrics_timeseries.db"), "hello, I am a text file");
        Cli result = Cli.run("report", "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("metrics_timeseries.db").contains("not an SQLite database");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(Cli.run("report").exitCode()).isEqualTo(2);
        assertThat(Cli.run("report", "--data", tmp.toString(), "--format", "xml").exitCode()).isEqualTo(2);
    }
}
