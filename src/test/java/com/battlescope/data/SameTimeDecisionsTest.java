package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.TimedDecision;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions written at the same moment (whole-second writers, or two models in one engine cycle) are distinct
 * rows: none may be merged away when they are read with their julian day.
 */
class SameTimeDecisionsTest {
    @TempDir
    Path tmp;

    @Test
    void everyRowIsReadEvenWhenTimesAreEqual() throws Exception {
        Path file = tmp.resolve("decisions.db");
        TestDb.created(file, SchemaScripts.DECISIONS).close();
        try (Connection c = TestDb.jdbc(file); Statement st = c.createStatement()) {
            for (String model : List.of("a", "b", "c")) {
                st.execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp) VALUES ('"
                        + model + "', 'AAPL', 'buy', 'same moment', '2025-01-06 10:00:00')");
            }
            st.execute("INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp) VALUES "
                    + "('a', 'AAPL', 'hold', 'same moment', '2025-01-06 10:00:00')");
        }
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            List<TimedDecision> timed = db.read(s -> s.getMapper(DecisionMapper.class)
                    .getTimedDecisionsBySymbol("AAPL", null, null, null, null));
            assertThat(timed).extracting(t -> t.decision().id()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(timed).extracting(TimedDecision::julianDay).containsOnly(2460681.9166666665);
            List<Decision> plain = db.read(s -> s.getMapper(DecisionMapper.class)
                    .getDecisionsBySymbol("AAPL", null, null));
            assertThat(plain).hasSize(4);
        }
    }
}
