package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    private static final List<String> KEYS = List.of("open_leaderboard_ms", "equity_all_ms", "compare_symbol_day_ms",
            "decisions_page_ms", "search_ms", "report_ms", "insert_rows_per_s", "quality_ms");

    @TempDir
    Path tmp;

    @Test
    void jsonHasTheIssuesKeysAndPlanVerdicts() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("bench", "--data", dir.toString(), "--runs", "1");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode json = parse(result.out());
        for (String key : KEYS) {
            assertThat(json.get(key).isNumber()).as(key).isTrue();
            assertThat(json.get(key).asDouble()).as(key).isGreaterThanOrEqualTo(0);
        }
        assertThat(json.get("insert_rows_per_s").asDouble()).isPositive();
        JsonNode plans = json.get("plans");
        assertThat(plans.size()).isGreaterThan(20);
        plans.fields().forEachRemaining(e -> assertThat(e.getValue().asText()).as(e.getKey()).isIn("index", "scan"));
        assertThat(plans.get("snapshots_by_model_range").asText()).isEqualTo("index");
        assertThat(plans.get("decision_page[model]").asText()).isEqualTo("index");
        assertThat(json.get("search_mode").asText()).isEqualTo("like");
        assertThat(json.get("details").get("decisions").asLong()).isPositive();
        assertThat(json.has("kernels")).isFalse();
        assertThat(json.has("view_compare_ms")).isFalse();
        assertThat(json.get("index").asBoolean()).isTrue();
        assertThat(json.get("index_build_s").asDouble()).isPositive();
        assertThat(json.get("index_update_10k_ms").asDouble()).isPositive();
        assertThat(json.get("index_size_bytes").asLong()).isPositive();
        assertThat(json.get("index_size_pct_of_decisions_db").asDouble()).isPositive();
    }

    @Test
    void noIndexReadsTheEngineFilesAloneAndHasNoIndexFigures() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("bench", "--data", dir.toString(), "--runs", "1", "--no-index");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = parse(result.out());
        assertThat(json.get("index").asBoolean()).isFalse();
        assertThat(json.has("index_build_s")).isFalse();
        for (String key : KEYS) {
            assertThat(json.get(key).isNumber()).as(key).isTrue();
        }
    }

    @Test
    void tableNamesEachFigureWithItsBudgetAndEachQueryWithItsPlan() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("bench", "--data", dir.toString(), "--runs", "1", "--format", "table");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("open_leaderboard_ms", "< 500.0", "insert_rows_per_s", "report_ms")
                .containsPattern("decision_page\\[model,symbol\\]\\s+index\\s+SEARCH decision_log USING INDEX")
                .containsPattern("latest_snapshots\\s+index");
    }

    @Test
    void badRunsIsBadUsage() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("bench", "--data", dir.toString(), "--runs", "0");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--runs");
    }

    @Test
    void aMissingFolderFailsWithItsName() {
        Cli result = Cli.run("bench", "--data", tmp.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nowhere").contains("folder not found");
        assertThat(result.out()).isEmpty();
    }
}
