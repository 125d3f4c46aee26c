package com.battlescope.service.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.data.index.DecisionIndexReader;
import com.battlescope.data.index.IndexProgress;
import com.battlescope.data.index.IndexStore;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.demo.DemoGenerator;
import com.battlescope.service.demo.DemoHours;
import com.battlescope.service.demo.DemoOptions;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.service.view.DecisionPage;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision log pages through BattleScope's index are the pages without it: every filter combination (model,
 * symbol, decision, executed, each with and without a time range), the search syntax cases, several models merged,
 * with the default plan thresholds and with tiny ones that force every plan, on the fixtures and a generated folder.
 */
@ExtendWith(TempDataDirectory.PerClass.class)
class IndexedDecisionLogTest {
    @TempDir
    static Path tmp;

    /** Search cases: word present, absent, phrase, several words, prefix, case, punctuation, substring, LIKE wildcards. */
    static final List<String> TEXTS = List.of("the", "zqxjv", "watching", "WATCHING", "Watch", "atching", "atch",
            "setup is not", "is not there", "waiting for confirmation", "confirmation.", "RSI", "rsi 5", "$2", "%",
            "_", "-0.", "e", " the ", "stop", "stop-loss", "target $", "a", "ü", "Keeping the long", "eping th",
            "100%", "\"quoted\"", "x OR y", "NEAR(a b)", "*");


    static Stream<Arguments> folders() {
        Path generated = tmp.resolve("generated");
        new DemoGenerator().generate(generated, DemoOptions.DEFAULT.withModels(5).withSymbols(4).withDays(12)
                .withHours(DemoHours.ALL_DAY).withDecisionsPerHour(1));
        List<Arguments> out = new ArrayList<>();
        for (String name : List.of("tiny", "engine-default", "full-split", "quirks", "quality-edge")) {
            out.add(Arguments.of(name, Fixtures.copy(name, tmp.resolve("fixtures"))));
        }
        out.add(Arguments.of("generated", generated));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void everyFilterAndSearchPagesAsWithoutTheIndex(String name, Path folder) {
        BattleService battles = new BattleService();
        try (Battle plain = battles.open(folder); Battle indexed = battles.open(folder)) {
            IndexStore.Refresh built = indexed.indexStore().refresh(IndexProgress.NONE, IndexStore.Check.FULL);
            assertThat(built.outcome()).isEqualTo(IndexStore.Outcome.BUILT);
            DecisionIndexReader reader = DecisionIndexReader.open(indexed.indexStore());
            assertThat(reader).isNotNull();
            assertThat(reader.disorder()).as("the fixtures' times are not in id order, the generated folder's are")
                    .isEqualTo(!name.equals("generated"));
            indexed.useIndex(reader);
            DecisionLogService log = new DecisionLogService(13);
            List<Decision> all = pages(log, plain, DecisionFilter.none(), List.of());
            assertThat(all).isNotEmpty();
            Decision sample = all.get(all.size() / 3);
            String middle = all.get(all.size() / 2).timestamp().text();
            String late = all.get(all.size() / 5).timestamp().text();
            List<DecisionFilter> filters = new ArrayList<>();
            for (int bits = 0; bits < 32; bits++) {
                filters.add(new DecisionFilter((bits & 1) != 0 ? sample.modelId() : null,
                        (bits & 2) != 0 ? sample.symbol() : null, (bits & 4) != 0 ? sample.decision() : null,
                        (bits & 8) != 0 ? Boolean.valueOf(!sample.executed()) : null, null,
                        (bits & 16) != 0 ? middle : null, (bits & 16) != 0 ? late : null));
            }
            filters.add(new DecisionFilter("no-such-model", null, null, null, null, null, null));
            filters.add(new DecisionFilter(null, null, null, Boolean.TRUE, null, null, null));
            filters.add(new DecisionFilter(null, null, null, Boolean.FALSE, null, null, null));
            for (String text : TEXTS) {
                filters.add(new DecisionFilter(null, null, null, null, text, null, null));
                filters.add(new DecisionFilter(null, sample.symbol(), null, null, text, null, null));
                filters.add(new DecisionFilter(sample.modelId(), null, null, Boolean.TRUE, text, middle, null));
            }
            for (DecisionIndexReader.Thresholds t : List.of(DecisionIndexReader.Thresholds.DEFAULT,
                    new DecisionIndexReader.Thresholds(3, 10, 2), new DecisionIndexReader.Thresholds(1, 0, 1000))) {
                reader.withThresholds(t);
                for (DecisionFilter f : filters) {
                    assertThat(ids(pages(log, indexed, f, List.of())))
                            .as(name + " " + f + " " + t).isEqualTo(ids(pages(log, plain, f, List.of())));
                }
                List<String> models = all.stream().map(Decision::modelId).distinct().limit(2).toList();
                DecisionFilter rsi = new DecisionFilter(null, null, null, null, "RSI", null, null);
                assertThat(ids(pages(log, indexed, rsi, models))).as(name + " merged models " + t)
                        .isEqualTo(ids(pages(log, plain, rsi, models)));
            }
        }
    }

    static List<Decision> pages(DecisionLogService log, Battle battle, DecisionFilter f, List<String> models) {
        List<Decision> out = new ArrayList<>();
        DecisionPage page = log.first(battle, f, models);
        out.addAll(page.rows());
        for (int i = 0; i < 25 && page.hasNext(); i++) {
            page = log.next(battle, page);
            out.addAll(page.rows());
        }
        return out;
    }

    static List<Long> ids(List<Decision> rows) {
        return rows.stream().map(Decision::id).toList();
    }
}
