package com.battlescope.cli;

import static com.battlescope.testutil.JsonAssert.assertJsonEquals;
import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision scan's paths give the same figures: the quality-edge battle with its ids renumbered (same rows, same
 * order) must still equal quality_reference.py's output. Ids 1..9 and 300,010..300,018 span more than the
 * parallel read's threshold: the upper ids are read by a second thread into their own room of the columns, moved
 * down past the gap afterwards (the offset time of id 10 and plans in both parts are looked up by id after that).
 * Ids beyond 2³¹ (a span no array holds) are read by one thread into long ids.
 */
class QualityScanTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"300000,1h", "300000,1d", "5000000000,1h", "0,1h"})
    void renumberedIdsGiveTheReferenceFigures(long shift, String horizon) throws Exception {
        Path dir = Fixtures.copy("quality-edge", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE decision_log SET id = id + " + shift + " WHERE id > 9");
            assertThat(st.executeQuery("SELECT COUNT(*), MAX(id) - MIN(id) FROM decision_log").getLong(2))
                    .isEqualTo(17 + shift);
        }
        Cli result = Cli.run("quality", "--data", dir.toString(), "--horizon", horizon);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertJsonEquals(parse(Fixtures.text("/quality/expected-quality-edge-" + horizon + ".json")),
                parse(result.out()), 1e-7);
    }
}
