package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Stamp;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keyset paging returns every matching row exactly once, newest first, for each filter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionPagingTest {
    private static final List<String> MODELS = List.of("claude", "gemini", "gpt-4o");
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "NVDA");
    private static final List<String> KINDS = List.of("buy", "sell", "hold", "close");
    private static final List<String> REASONS = List.of("sized at 50% of cash", "sized at 50x of cash",
            "signal a_b crossed", "signal aXb crossed", "plain reasoning");

    private SqliteDatabase db;
    private final List<Decision> all = new ArrayList<>();

    @BeforeAll
    void fill(@TempDir Path tmp) {
        db = TestDb.created(tmp.resolve("decisions.db"), SchemaScripts.DECISIONS);
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 6, 10, 0);
        List<Decision> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // every third row shares its time with the previous one: ties are broken by id
            LocalDateTime t = t0.plusMinutes(7L * (i - i / 3)).withNano(i % 2 == 0 ? 0 : 123_456_000);
            rows.add(new Decision(null, MODELS.get(i % 3), SYMBOLS.get(i / 3 % 3), KINDS.get(i % 4),
                    REASONS.get(i % 5), 50.0, Stamp.of(t), 100.0, null, null, null, null, null, i % 4 < 2,
                    null, null, null));
        }
        db.writeBatch(s -> {
            rows.forEach(s.getMapper(DecisionMapper.class)::insertDecision);
            return null;
        });
        for (int i = 0; i < rows.size(); i++) {
            all.add(MapperRoundTripTest.withId(rows.get(i), i + 1));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("none", DecisionFilter.none(), (Predicate<Decision>) d -> true),
                Arguments.of("model", filter("gemini", null, null, null, null), by(d -> d.modelId().equals("gemini"))),
                Arguments.of("symbol", filter(null, "NVDA", null, null, null), by(d -> d.symbol().equals("NVDA"))),
                Arguments.of("decision", filter(null, null, "close", null, null), by(d -> d.decision().equals("close"))),
                Arguments.of("executed", filter(null, null, null, true, null), by(Decision::executed)),
                Arguments.of("not executed", filter(null, null, null, false, null), by(d -> !d.executed())),
                Arguments.of("text with %", filter(null, null, null, null, "50%"), by(d -> d.reasoning().contains("50%"))),
                Arguments.of("text with _", filter(null, null, null, null, "a_b"), by(d -> d.reasoning().contains("a_b"))),
                Arguments.of("model and symbol", filter("claude", "AAPL", null, null, null),
                        by(d -> d.modelId().equals("claude") && d.symbol().equals("AAPL"))),
                Arguments.of("model and executed", filter("gpt-4o", null, null, true, null),
                        by(d -> d.modelId().equals("gpt-4o") && d.executed())),
                Arguments.of("symbol, decision and not executed", filter(null, "MSFT", "hold", false, null),
                        by(d -> d.symbol().equals("MSFT") && d.decision().equals("hold") && !d.executed())),
                Arguments.of("time range", new DecisionFilter(null, null, null, null, null, "2025-01-06 12:00:00",
                        "2025-01-06 15:00:00"), by(d -> d.timestamp().text().compareTo("2025-01-06 12:00:00") >= 0
                        && d.timestamp().text().compareTo("2025-01-06 15:00:00") <= 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void pagesCoverEveryMatchingRowOnceNewestFirst(String name, DecisionFilter filter, Predicate<Decision> matches) {
        List<Decision> expected = all.stream().filter(matches)
                .sorted(Comparator.comparing((Decision d) -> d.timestamp().local()).thenComparing(Decision::id).reversed())
                .toList();
        assertThat(expected).as("the filter must select some rows but not all, or it proves nothing")
                .isNotEmpty().hasSizeLessThanOrEqualTo(all.size());
        List<Decision> paged = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        String beforeTime = null;
        Long beforeId = null;
        for (int pages = 0; pages < 100; pages++) {
            String bt = beforeTime;
            Long bi = beforeId;
            List<Decision> page = db.read(s -> s.getMapper(DecisionMapper.class).getDecisionPage(filter, bt, bi, 7));
            assertThat(page.size()).isLessThanOrEqualTo(7);
            page.forEach(d -> assertThat(seen.add(d.id())).as("row %d twice", d.id()).isTrue());
            paged.addAll(page);
            if (page.size() < 7) {
                break;
            }
            Decision last = page.get(page.size() - 1);
            beforeTime = last.timestamp().text();
            beforeId = last.id();
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    private static DecisionFilter filter(String model, String symbol, String decision, Boolean executed, String text) {
        return new DecisionFilter(model, symbol, decision, executed, text, null, null);
    }

    private static Predicate<Decision> by(Predicate<Decision> p) {
        return p;
    }
}
