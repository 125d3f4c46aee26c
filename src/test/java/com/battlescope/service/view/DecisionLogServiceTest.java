package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyset pages of the full-split decision log (4,470 rows), with plain SQL and OFFSET as the oracle. */
class DecisionLogServiceTest {
    @TempDir
    Path tmp;
    private Path dir;
    private Battle battle;
    private final DecisionLogService service = new DecisionLogService();

    @BeforeEach
    void open() {
        dir = Fixtures.copy("full-split", tmp);
        battle = new BattleService().open(dir);
    }

    @AfterEach
    void close() {
        battle.close();
    }

    @Test
    void nextAndPreviousWalkPagesOfAHundred() throws Exception {
        DecisionPage first = service.first(battle, DecisionFilter.none(), List.of());
        DecisionPage second = service.next(battle, first);
        DecisionPage third = service.next(battle, second);
        DecisionPage back = service.previous(battle, third);

        assertThat(first.rows()).hasSize(100);
        assertThat(first.rows().get(0).id()).isEqualTo(4457L);
        assertThat(first.rows().get(99).id()).isEqualTo(4353L);
        assertThat(second.rows().get(0).id()).isEqualTo(4354L);
        assertThat(second.rows().get(99).id()).isEqualTo(4263L);
        assertThat(third.rows().get(0).id()).isEqualTo(4283L);
        assertThat(ids(second)).isEqualTo(oracle("1 = 1", 100, 100));
        assertThat(ids(third)).isEqualTo(oracle("1 = 1", 100, 200));
        assertThat(ids(back)).isEqualTo(ids(second));
        assertThat(service.previous(battle, back).rows()).isEqualTo(first.rows());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.firstRow()).isEqualTo(101);
        assertThat(second.lastRow()).isEqualTo(200);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void theLastPageHasNoNext() throws Exception {
        DecisionPage page = service.first(battle, DecisionFilter.none(), List.of());
        List<Long> all = new ArrayList<>(ids(page));
        while (page.hasNext()) {
            page = service.next(battle, page);
            all.addAll(ids(page));
        }
        assertThat(page.number()).isEqualTo(45);
        assertThat(page.rows()).hasSize(70);
        assertThat(page.lastRow()).isEqualTo(4470);
        assertThat(all).isEqualTo(oracle("1 = 1", 5000, 0));
        assertThat(service.next(battle, page)).isSameAs(page);
    }

    @Test
    void modelAndDecisionFilterFitOnOnePage() {
        DecisionPage page = service.first(battle, filter("gpt-4o", null, "close", null, null), List.of());

        assertThat(page.rows()).hasSize(83);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.rows()).allSatisfy(d -> {
            assertThat(d.modelId()).isEqualTo("gpt-4o");
            assertThat(d.decision()).isEqualTo("close");
        });
        assertThat(page.rows().get(0)).extracting(Decision::id, d -> d.symbol(), Decision::confidence)
                .containsExactly(4383L, "TSLA", 55.5);
    }

    @Test
    void severalPickedModelsMergeInTheLogsOrder() throws Exception {
        List<String> two = List.of("gpt-4o", "claude-sonnet-3.5");
        DecisionPage page = service.first(battle, filter(null, "AAPL", null, null, null), two);
        List<Long> all = new ArrayList<>(ids(page));
        while (page.hasNext()) {
            page = service.next(battle, page);
            all.addAll(ids(page));
        }
        assertThat(all).isEqualTo(oracle("symbol = 'AAPL' AND model_id IN ('gpt-4o', 'claude-sonnet-3.5')", 5000, 0));
        assertThat(all).hasSizeGreaterThan(100);
    }

    @Test
    void executedAndSymbolFilters() throws Exception {
        DecisionPage page = service.first(battle, filter(null, "NVDA", null, true, null), List.of());
        assertThat(ids(page)).isEqualTo(oracle("symbol = 'NVDA' AND executed = 1", 100, 0)).isNotEmpty();
        assertThat(page.rows()).allSatisfy(d -> assertThat(d.executed()).isTrue());
    }

    @Test
    void textSearchWithLikeFindsWordsInTheReasoning() throws Exception {
        DecisionPage page = service.first(battle, filter(null, null, null, null, "momentum"), List.of());
        List<Long> all = new ArrayList<>(ids(page));
        while (page.hasNext()) {
            page = service.next(battle, page);
            all.addAll(ids(page));
        }
        assertThat(all).hasSize(466).isEqualTo(oracle("reasoning LIKE '%momentum%'", 5000, 0));
    }

    @Test
    void textSearchUsesTheFtsIndexWhenThereIsOne() throws Exception {
        battle.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE decision_fts USING fts5(reasoning, content='decision_log', "
                    + "content_rowid='id')");
            s.execute("INSERT INTO decision_fts(decision_fts) VALUES ('rebuild')");
            // a row only the index knows: proves the search went through it rather than LIKE
            s.execute("INSERT INTO decision_fts(rowid, reasoning) VALUES (4457, 'zebra')");
        }
        battle = new BattleService().open(dir);
        assertThat(battle.hasDecisionFts()).isTrue();

        assertThat(ids(service.first(battle, filter(null, null, null, null, "zebra"), List.of())))
                .containsExactly(4457L);
        // a half-typed last word is a prefix; quotes and operators are plain text, not syntax
        assertThat(ids(service.first(battle, filter(null, "AAPL", null, null, "sector rot"), List.of())))
                .isEqualTo(oracle("symbol = 'AAPL' AND reasoning LIKE '%sector rotation%'", 100, 0)).isNotEmpty();
        assertThat(service.first(battle, filter(null, null, null, null, "\"AND OR (50%"), List.of()).rows()).isEmpty();
    }

    @Test
    void tableOfAPageHasTheFullReasoning() throws Exception {
        DecisionPage page = service.first(battle, new DecisionFilter("grok-2", "AAPL", null, null, null,
                "2025-01-15 12:00:00", "2025-01-15 12:30:00"), List.of());
        DataTable table = service.table(page);

        assertThat(table.headers()).startsWith("id", "timestamp", "model_id").endsWith("reasoning");
        assertThat(table.rows()).hasSize(1);
        List<String> row = table.rows().get(0);
        assertThat(row.subList(0, 8)).containsExactly("1497", "2025-01-15 12:01:53.392808", "grok-2", "AAPL",
                "hold", "43.5", "109.27", "");
        assertThat(row.get(12)).isEqualTo("0");
        assertThat(row.get(16)).hasSize(2894).startsWith("Earnings drift remains positive;");
    }

    @Test
    void tableOfAViewQueryIsItsFirstPage() {
        ViewQuery q = ViewQuery.all().withSymbol("MSFT").withModels(List.of("grok-2"))
                .withRange(TimeRange.parse("2025-01-06", "2025-01-07"));
        DataTable table = service.table(battle, q);

        assertThat(table.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("grok-2");
            assertThat(r.get(3)).isEqualTo("MSFT");
            assertThat(r.get(1)).startsWith("2025-01-06");
        });
    }

    private static DecisionFilter filter(String model, String symbol, String decision, Boolean executed, String text) {
        return new DecisionFilter(model, symbol, decision, executed, text, null, null);
    }

    private static List<Long> ids(DecisionPage page) {
        return page.rows().stream().map(Decision::id).toList();
    }

    private List<Long> oracle(String where, int limit, int offset) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             PreparedStatement ps = c.prepareStatement("SELECT id FROM decision_log WHERE " + where
                     + " ORDER BY timestamp DESC, id DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
