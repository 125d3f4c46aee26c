package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.assertJsonEquals;
import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictCommandTest {
    /** Keys of the random part, not in the reference's output. */
    private static final List<String> RANDOM_MODEL_KEYS = List.of("total_return_ci", "sharpe_ci", "rank_probabilities");

    @TempDir
    Path tmp;

    /**
     * The deterministic figures equal src/test/resources/verdict/verdict_reference.py's (numpy/scipy, written from
     * verdict.md) to 1e-7 relative: significant has a clear winner, doubled and missing hours and +02:00 stamps;
     * quirks a model that never trades and +00:00 stamps; full-split standings in leaderboard.db.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split", "significant", "quirks"})
    void deterministicFiguresEqualTheIndependentReference(String name) {
        Path dir = Fixtures.copy(name, tmp);
        Cli result = Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "200");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        ObjectNode actual = (ObjectNode) parse(result.out());
        for (String key : List.of("level", "bootstrap", "seed", "block_length", "headline")) {
            assertThat(actual.has(key)).as(key).isTrue();
            actual.remove(key);
        }
        for (JsonNode m : actual.get("models")) {
            RANDOM_MODEL_KEYS.forEach(k -> assertThat(m.has(k)).as(k).isTrue());
            ((ObjectNode) m).remove(RANDOM_MODEL_KEYS);
        }
        JsonNode expected = parse(Fixtures.text("/verdict/expected-" + name + ".json"));
        assertJsonEquals(expected, actual, 1e-7);
    }

    @Test
    void theSignificantFolderHasAWinnerAndABestSetOfOne() {
        Path dir = Fixtures.copy("significant", tmp);
        JsonNode v = parse(Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "300").out());
        assertThat(v.get("best_set")).hasSize(1);
        assertThat(v.get("best_set").get(0).asText()).isEqualTo("strong");
        assertThat(v.get("headline").asText())
                .isEqualTo("strong is significantly better than every other model after 959 hourly returns (Holm, 5 %).");
        JsonNode strong = v.get("models").get(3);
        assertThat(strong.get("model_id").asText()).isEqualTo("strong");
        assertThat(strong.get("rank_probabilities").get(0).asDouble()).isGreaterThan(0.9);
        double total = strong.get("total_return_pct").asDouble();
        assertThat(strong.get("total_return_ci").get(0).asDouble()).isLessThan(total);
        assertThat(strong.get("total_return_ci").get(1).asDouble()).isGreaterThan(total);
        // a stricter alpha leaves no pair significant: everybody is in the best set
        JsonNode strict = parse(Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "50", "--alpha", "1e-9").out());
        assertThat(strict.get("best_set")).hasSize(4);
        assertThat(strict.get("alpha").asDouble()).isEqualTo(1e-9);
    }

    @Test
    void theSameSeedGivesByteIdenticalJsonAndAnotherSeedOtherIntervals() {
        Path dir = Fixtures.copy("full-split", tmp);
        Cli a = Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "500", "--seed", "7");
        Cli b = Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "500", "--seed", "7");
        Cli c = Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "500", "--seed", "8");
        assertThat(a.exitCode()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(c.out()).isNotEqualTo(a.out());
        JsonNode v = parse(a.out());
        assertThat(v.get("seed").asLong()).isEqualTo(7);
        assertThat(v.get("bootstrap").asInt()).isEqualTo(500);
        assertThat(v.get("block_length").asInt()).isEqualTo(6); // ⌈153^(1/3)⌉ = ⌈5.35⌉
        for (JsonNode m : v.get("models")) {
            double sum = 0;
            for (JsonNode p : m.get("rank_probabilities")) {
                sum += p.asDouble();
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.get("rank_probabilities")).hasSize(8);
            if (m.get("sharpe_period").isNull()) {
                assertThat(m.get("sharpe_ci").isNull()).as("flat equity has no Sharpe in any replicate").isTrue();
            } else {
                assertThat(m.get("sharpe_ci").get(0).asDouble()).isLessThan(m.get("sharpe_ci").get(1).asDouble());
            }
        }
    }

    @Test
    void keysInTheSpecsOrder() {
        Path dir = Fixtures.copy("tiny", tmp);
        JsonNode v = parse(Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "20").out());
        assertThat(names(v)).containsExactly("alpha", "level", "bootstrap", "seed", "block_length", "models", "pairs",
                "best_set", "headline");
        assertThat(names(v.get("models").get(0))).containsExactlyElementsOf(VerdictCommand.MODEL_COLUMNS);
        assertThat(names(v.get("pairs").get(0))).containsExactlyElementsOf(VerdictCommand.PAIR_COLUMNS);
    }

    @Test
    void modelsAndRangeNarrowTheVerdict() {
        Path dir = Fixtures.copy("full-split", tmp);
        JsonNode v = parse(Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "20", "--models",
                "gpt-4o,grok-2,deepseek-v3", "--from", "2025-01-10", "--to", "2025-01-20").out());
        assertThat(v.get("models")).hasSize(3);
        assertThat(v.get("pairs")).hasSize(3);
        assertThat(v.get("models").get(0).get("model_id").asText()).isEqualTo("deepseek-v3");
        assertThat(v.get("models").get(0).get("n_returns").asInt()).isLessThan(153);
    }

    @Test
    void tableShowsTheHeadlineAndBothTables() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli r = Cli.run("verdict", "--data", dir.toString(), "--bootstrap", "20", "--format", "table");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("No model is significantly better than another after 20 hourly returns")
                .contains("best set: ").contains("model_id").contains("p_holm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--alpha=2", "--alpha=0", "--level=1", "--bootstrap=0", "--block-length=0", "--format=csv",
        "--from=yesterday"})
    void badOptionsExitWithTwo(String option) {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli r = Cli.run("verdict", "--data", dir.toString(), option);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(option.substring(2, option.indexOf('=')));
    }

    @Test
    void badDataExitsWithOneAndOneLine() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli unknown = Cli.run("verdict", "--data", dir.toString(), "--models", "gpt-4o,nobody");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("nobody").contains(dir.toString());
        Cli empty = Cli.run("verdict", "--data", dir.toString(), "--from", "2030-01-01");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err().strip()).doesNotContain("\n").contains("no snapshots");
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("metrics_timeseries.db"), "not a database");
        Cli bad = Cli.run("verdict", "--data", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("metrics_timeseries.db");
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
