package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.assertJsonEquals;
import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quality --format json} against src/test/resources/quality/quality_reference.py, an independent
 * implementation of quality.md (expected-FOLDER-HORIZON.json are its output).
 */
class QualityCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"tiny,1h", "tiny,1d", "engine-default,1h", "engine-default,1d", "full-split,1h", "full-split,1d",
            "quality-edge,1h", "quality-edge,1d"})
    void jsonEqualsTheIndependentReference(String folder, String horizon) {
        Path dir = Fixtures.copy(folder, tmp);
        Cli result = Cli.run("quality", "--data", dir.toString(), "--horizon", horizon);
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode expected = parse(Fixtures.text("/quality/expected-" + folder + "-" + horizon + ".json"));
        assertJsonEquals(expected, parse(result.out()), 1e-7);
    }

    /** The split figures hang together: each split moment has a buyer and a seller; shares add up. */
    @Test
    void splitCountsAreCoherent() {
        Path dir = Fixtures.copy("full-split", tmp);
        JsonNode json = parse(Cli.run("quality", "--data", dir.toString()).out());
        int moments = json.get("splits").get("n").asInt();
        int taken = 0;
        for (JsonNode m : json.get("models")) {
            int n = m.get("splits").get("n").asInt();
            assertThat(m.get("splits").get("right").asInt()).isBetween(0, n);
            assertThat(n).isLessThanOrEqualTo(moments);
            taken += n;
        }
        assertThat(moments).isPositive();
        assertThat(taken).isGreaterThanOrEqualTo(2 * moments);
        assertThat(json.get("splits").get("majority_right").asDouble() + json.get("splits").get("minority_right")
                .asDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void pickedModelsAndRangeNarrowTheJudgedDecisions() {
        Path dir = Fixtures.copy("quality-edge", tmp);
        JsonNode json = parse(Cli.run("quality", "--data", dir.toString(), "--models", "pct,unit",
                "--to", "2025-01-06 12:30:00").out());
        assertThat(json.get("models").size()).isEqualTo(2);
        JsonNode pct = json.get("models").get(0);
        assertThat(pct.get("model_id").asText()).isEqualTo("pct");
        assertThat(pct.get("directional").asInt()).isEqualTo(2);          // 10:00 buy, 12:00 buy
        assertThat(pct.get("with_forward").asInt()).isEqualTo(2);         // prices after 12:30 still count
        assertThat(pct.get("mean_signed_return").asDouble())
                .isCloseTo((2.0 + (105 / 111.0 - 1) * 100) / 2, within(1e-9));
    }

    @Test
    void tableShowsEveryModel() {
        Path dir = Fixtures.copy("quality-edge", tmp);
        Cli result = Cli.run("quality", "--data", dir.toString(), "--format", "table", "--horizon", "5d");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("mute", "pct", "unit", "hit_rate", "split moments: ");
    }

    @Test
    void folderWithoutDecisionsDbFailsNamingIt() throws Exception {
        Path dir = Fixtures.copy("quality-edge", tmp);
        Files.delete(dir.resolve("decisions.db"));
        Cli result = Cli.run("quality", "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).contains(dir.resolve("decisions.db").toString()).doesNotContain("\n");
    }

    @Test
    void badOptionsAreBadUsage() {
        Path dir = Fixtures.copy("tiny", tmp);
        assertThat(Cli.run("quality", "--data", dir.toString(), "--horizon", "2h").exitCode()).isEqualTo(2);
        assertThat(Cli.run("quality", "--data", dir.toString(), "--format", "csv").exitCode()).isEqualTo(2);
        assertThat(Cli.run("quality", "--data", dir.toString(), "--window-minutes", "-1").exitCode()).isEqualTo(2);
        assertThat(Cli.run("quality", "--data", dir.toString(), "--from", "someday").exitCode()).isEqualTo(2);
    }
}
