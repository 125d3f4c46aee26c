package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging through the FTS5 index gives the rows that LIKE gives, in the same order, for words and filters. */
class FtsPageTest {
    private static final String[] REASONS = {"momentum breakout above resistance", "holding, no edge",
            "breakout failed, closing", "mean reversion setup"};

    @TempDir
    Path tmp;

    @Test
    void ftsPagesEqualLikePages() throws Exception {
        Path file = indexed(90, i -> {
            // times go back and forth so that id order is not time order; every fifth row shares a time
            int minute = (i * 37) % 60;
            return "INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp, executed) VALUES ('m"
                    + i % 3 + "', '" + (i % 2 == 0 ? "AAPL" : "NVDA") + "', 'hold', '" + REASONS[i % 4]
                    + "', '2025-01-06 1" + (i % 5 == 0 ? 0 : i % 7) + ":" + String.format("%02d", minute) + ":00', "
                    + (i % 3 == 0 ? 1 : 0) + ")";
        });
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            for (DecisionFilter f : List.of(text(null, null, null, "breakout"), text("m1", null, null, "breakout"),
                    text(null, "NVDA", true, "reversion"), text(null, null, null, "absentword"))) {
                List<Decision> like = all(db, f, Form.LIKE);
                List<Decision> fts = all(db, f, Form.FTS_WALK);
                assertThat(fts).as(f.toString()).isEqualTo(like);
                assertThat(all(db, f, Form.FTS_BY_IDS)).as(f.toString()).isEqualTo(like);
                assertThat(all(db, f, Form.FTS_PROBING)).as(f.toString()).isEqualTo(like);
                if (!f.text().equals("absentword")) {
                    assertThat(fts).as(f.toString()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void matchesAreCountedUpToTheCapAndBadSyntaxFails() throws Exception {
        Path file = indexed(12, i -> "INSERT INTO decision_log (model_id, symbol, decision, reasoning, timestamp) "
                + "VALUES ('m', 'AAPL', 'hold', '" + REASONS[i % 4] + "', '2025-01-06 10:00:00')");
        try (SqliteDatabase db = SqliteDatabase.openReadOnly(file)) {
            // "breakout" is in reasons 0 and 2: 6 of 12 rows
            assertThat(db.<Long>read(s -> s.getMapper(DecisionMapper.class).countFtsMatches("breakout", 100))).isEqualTo(6);
            assertThat(db.<Long>read(s -> s.getMapper(DecisionMapper.class).countFtsMatches("breakout", 4))).isEqualTo(4);
            assertThat(db.<Long>read(s -> s.getMapper(DecisionMapper.class).countFtsMatches("\"no edge\"*", 100)))
                    .isEqualTo(3);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.read(s -> s.getMapper(DecisionMapper.class)
                    .countFtsMatches("stop-loss", 100))).isInstanceOf(RuntimeException.class);
        }
    }

    /** A decisions file with {@code rows} rows inserted by the given statements, and its FTS5 index. */
    private Path indexed(int rows, IntFunction<String> insert) throws Exception {
        Path file = tmp.resolve("decisions.db");
        TestDb.created(file, SchemaScripts.DECISIONS).close();
        try (Connection c = TestDb.jdbc(file); Statement st = c.createStatement()) {
            for (int i = 0; i < rows; i++) {
                st.execute(insert.apply(i));
            }
            st.execute("CREATE VIRTUAL TABLE decision_fts USING fts5(reasoning, content='decision_log', content_rowid='id')");
            st.execute("INSERT INTO decision_fts(decision_fts) VALUES ('rebuild')");
        }
        return file;
    }

    private static DecisionFilter text(String model, String symbol, Boolean executed, String word) {
        return new DecisionFilter(model, symbol, null, executed, word, null, null);
    }

    /** Every page of 7 rows, each after the last row of the previous one. */
    private enum Form { LIKE, FTS_WALK, FTS_BY_IDS, FTS_PROBING }

    private static List<Decision> all(SqliteDatabase db, DecisionFilter f, Form form) {
        List<Decision> out = new ArrayList<>();
        Decision last = null;
        while (true) {
            String time = last == null ? null : last.timestamp().text();
            Long id = last == null ? null : last.id();
            List<Decision> page = db.read(s -> {
                DecisionMapper m = s.getMapper(DecisionMapper.class);
                return switch (form) {
                    case LIKE -> m.getDecisionPage(f, time, id, 7);
                    case FTS_WALK -> m.getDecisionPageFts(f, time, id, 7);
                    case FTS_BY_IDS -> m.getDecisionPageFtsByIds(f, time, id, 7);
                    case FTS_PROBING -> m.getDecisionPageFtsProbing(f, time, id, 7);
                };
            });
            out.addAll(page);
            if (page.size() < 7) {
                return out;
            }
            last = page.get(page.size() - 1);
        }
    }
}
