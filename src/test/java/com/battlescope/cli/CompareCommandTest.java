package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.assertJsonEquals;
import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonEqualsTheIndependentReference() {
        Path dir = Fixtures.copy("full-split", tmp);
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL", "--from", "2025-01-15",
                "--to", "2025-01-16");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode expected = parse(Fixtures.text("/fixtures/full-split/expected-compare-AAPL-2025-01-15.json"));
        assertJsonEquals(expected, parse(result.out()), 1e-9);
    }

    @Test
    void unknownSymbolGivesNoPairs() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "NOPE");
        assertThat(result.exitCode()).isZero();
        assertThat(parse(result.out()).get("pairs").size()).isZero();
    }

    @Test
    void unreadableTimeIsBadUsage() {
        Path dir = Fixtures.copy("tiny", tmp);
        Cli result = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL", "--from", "last tuesday");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("last tuesday");
    }
}
