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

    @Test
    void wordsFindTheRowsThatLikeFinds() throws Exception {
        List<Long> like = ids("momentum");
        buildIndex();
        assertThat(like).hasSize(466);
        assertThat(ids("momentum")).isEqualTo(like);
    }

    @Test
    void aWordInMostRowsFindsTheRowsThatLikeFinds() throws Exception {
        // 2,647 of 4,470 decisions: past the rare-match count and the common share, so pages probe row by row
        List<Long> like = ids("the");
        buildIndex();
        assertThat(like).hasSize(2647);
        assertThat(ids("the")).isEqualTo(like);
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
