package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision log's reasoning search: FTS5 when the index exists, read as typed when it is not FTS5 syntax. */
class DecisionSearchTest {
    @TempDir
    Path tmp;
    private Path folder;

    @BeforeEach
    void copy() {
        folder = Fixtures.copy("full-split", tmp.resolve("f"));
    }

    private List<Long> ids(String text) {
        try (Battle battle = new BattleService().open(folder)) {
            DecisionFilter f = DecisionFilter.none().withText(text);
            List<Long> out = new ArrayList<>();
            Decision last = null;
            while (true) {
                List<Decision> page = battle.decisionPage(f, last, 100);
                page.forEach(d -> out.add(d.id()));
                if (page.size() < 100) {
                    return out;
                }
                last = page.get(page.size() - 1);
            }
        }
    }

    private void buildIndex() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE decision_fts USING fts5(reasoning, content='decision_log', content_rowid='id')");
            st.execute("INSERT INTO decision_fts(decision_fts) VALUES ('rebuild')");
        }
    }

    /**
     * "momentum" is in 466 of 4,470 decisions (a rare word: fetched by id); "the" in 2,647 (past the rare-match
     * count and the common share: pages probe the index row by row).
     */
    @ParameterizedTest
    @CsvSource({"momentum, 466", "the, 2647"})
    void wordsFindTheRowsThatLikeFinds(String word, int rows) throws Exception {
        List<Long> like = ids(word);
        buildIndex();
        assertThat(like).hasSize(rows);
        assertThat(ids(word)).isEqualTo(like);
    }

    @Test
    void textThatIsNotFts5SyntaxIsSearchedAsTyped() throws Exception {
        List<Long> like = ids("CPI.");
        buildIndex();
        // "CPI." is an FTS5 syntax error; it is searched as the phrase prefix "CPI."*
        assertThat(like).hasSize(456);
        assertThat(ids("CPI.")).isEqualTo(like);
    }

    @Test
    void fts5QueriesWork() throws Exception {
        Set<Long> either = new LinkedHashSet<>(ids("momentum"));
        either.addAll(ids("CPI"));
        buildIndex();
        assertThat(new LinkedHashSet<>(ids("momentum OR cpi"))).hasSize(either.size()).containsAll(either);
        assertThat(ids("momentum NOT momentum")).isEmpty();
    }
}
