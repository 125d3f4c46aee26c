package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.Agreement;
import com.battlescope.analytics.Moment;
import com.battlescope.model.DataTable;
import com.battlescope.model.Decision;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.ComparisonService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonViewService.Span;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moments, agreement and pairs of AAPL on 2025-01-15 in the full-split fixture, checked by hand against its rows. */
class ComparisonViewServiceTest {
    private static final TimeRange JAN_15 = TimeRange.parse("2025-01-15", "2025-01-16");
    private static final ViewQuery AAPL_JAN_15 = ViewQuery.all().withSymbol("AAPL").withRange(JAN_15);

    @TempDir
    Path tmp;
    private Path dir;
    private Battle battle;
    private final ComparisonViewService service = new ComparisonViewService();

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
    void momentsAreTheHourlyClustersOfTheDay() {
        ComparisonData data = service.load(battle, AAPL_JAN_15, 5, null);

        assertThat(data.moments()).extracting(m -> m.time().text()).containsExactly(
                "2025-01-15 10:00:14.488647", "2025-01-15 11:03:00.499257+00:00", "2025-01-15 12:00:07.550021+00:00",
                "2025-01-15 13:02:46.298735", "2025-01-15 14:00:33.273113", "2025-01-15 15:02:15.249835",
                "2025-01-15 16:00:03.076888");
        assertThat(data.moments()).extracting(Moment::consensus)
                .containsExactly(false, false, true, true, false, true, true);
        assertThat(data.consensus()).usingRecursiveComparison().ignoringFields("consensusPct")
                .isEqualTo(new Agreement.MomentConsensus(7, 7, 4, 3, null));
        assertThat(data.consensus().consensusPct()).isCloseTo(400.0 / 7, within(1e-9));
        assertThat(data.span()).isNull();
        assertThat(data.models()).containsExactly("claude-sonnet-3.5", "deepseek-v3", "gemini-1.5-pro", "gpt-4o",
                "grok-2", "llama-3.1-405b", "mistral-large", "qwen-2.5-72b");
    }

    @Test
    void aMomentHoldsEachModelsNearestDecisionWithItsDetails() {
        Moment first = service.load(battle, AAPL_JAN_15, 5, null).moments().get(0);

        assertThat(first.byModel()).containsOnlyKeys("claude-sonnet-3.5", "gemini-1.5-pro", "gpt-4o", "grok-2",
                "mistral-large", "qwen-2.5-72b");
        Map<String, Decision> by = first.byModel();
        assertThat(by.get("gemini-1.5-pro").decision()).isEqualTo("close");
        assertThat(by.get("gemini-1.5-pro").confidence()).isEqualTo(72.2);
        assertThat(by.get("gemini-1.5-pro").executionStatus()).isEqualTo("filled");
        assertThat(by.get("qwen-2.5-72b").confidence()).isEqualTo(52.4);
        assertThat(by.get("gpt-4o").id()).isEqualTo(1417L);
        assertThat(by.get("gpt-4o").currentPrice()).isEqualTo(109.24);
        assertThat(by.get("mistral-large").timestamp().text()).isEqualTo("2025-01-15 10:03:50.295488+00:00");
        assertThat(by.get("claude-sonnet-3.5").reasoning()).hasSize(79);
    }

    @Test
    void aMomentLooksBothWaysWithinTheWindow() {
        // 14:00:33 opens the cluster; at a 1-minute window only deepseek itself is that close
        List<Moment> narrow = service.load(battle, AAPL_JAN_15, 1, null).moments();
        Moment at1400 = narrow.stream().filter(m -> m.time().text().equals("2025-01-15 14:00:33.273113"))
                .findFirst().orElseThrow();
        assertThat(at1400.byModel()).containsOnlyKeys("deepseek-v3");
        // 14:02:34 (llama) opens the next cluster and sees claude (14:02:59) and gpt-4o (14:03:07) after it
        Moment at1402 = narrow.get(narrow.indexOf(at1400) + 1);
        assertThat(at1402.time().text()).isEqualTo("2025-01-15 14:02:34.567362");
        assertThat(at1402.byModel()).containsOnlyKeys("llama-3.1-405b", "claude-sonnet-3.5", "gpt-4o");
    }

    @Test
    void agreementPerPairCountsSameDecisions() {
        List<Agreement.PairAgreement> agreement = service.load(battle, AAPL_JAN_15, 5, null).agreement();

        // 10:03 hold/close, 12:02 hold/hold, 14:03 close/sell, 16:01 hold/hold
        assertThat(agreement).contains(new Agreement.PairAgreement("claude-sonnet-3.5", "gpt-4o", 4, 2, 50.0));
        // 11:03 sell/sell, 12:00 hold/hold, 13:03 hold/hold, 14:03 hold/hold
        assertThat(agreement).contains(new Agreement.PairAgreement("deepseek-v3", "mistral-large", 4, 4, 100.0));
    }

    @Test
    void pairsAreThoseOfTheComparisonService() {
        ComparisonData data = service.load(battle, AAPL_JAN_15, 5, null);

        // the service reads only what a row shows (issue 19): the same pairs, row for row
        java.util.function.Function<com.battlescope.analytics.ComparisonPair, List<Object>> row = p -> java.util.Arrays
                .asList(p.first().id(), p.second().id(), p.timestamp(), p.currentPrice(), p.model1Id(),
                        p.model1Decision(), p.model1Confidence(), p.model2Id(), p.model2Decision(),
                        p.model2Confidence(), p.timeDiffMinutes());
        assertThat(data.pairs().stream().map(row).toList()).isEqualTo(new ComparisonService()
                .pairs(battle, "AAPL", JAN_15, 5).stream().map(row).toList());
        assertThat(data.pairs()).hasSize(Fixtures.text("/fixtures/full-split/expected-compare-AAPL-2025-01-15.json")
                .split("\"model_1_id\"", -1).length - 1);
    }

    @Test
    void tableIsTheCsvOfTheCompareCommand() throws Exception {
        DataTable table = service.table(battle, AAPL_JAN_15);
        Cli cli = Cli.run("compare", "--data", dir.toString(), "--symbol", "AAPL", "--from", "2025-01-15",
                "--to", "2025-01-16", "--format", "csv");
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();

        assertThat(table.headers()).isEqualTo(csv.get(0).toList());
        assertThat(table.rows()).isEqualTo(csv.subList(1, csv.size()).stream().map(CSVRecord::toList).toList());
        assertThat(table.rows().get(0)).containsExactly("2025-01-15 16:02:18.964681", "108.69", "grok-2", "hold",
                "58.6", "llama-3.1-405b", "hold", "64.6", "0.44903330504894257");
    }

    @Test
    void pickedModelsAloneMakeTheMomentsAndPairs() {
        ViewQuery two = AAPL_JAN_15.withModels(List.of("gpt-4o", "claude-sonnet-3.5"));
        ComparisonData data = service.load(battle, two, 5, null);

        assertThat(data.models()).containsExactly("claude-sonnet-3.5", "gpt-4o");
        // claude alone at 11:03 and 13:03, gpt-4o alone at 16:00 (claude follows 1.5 min later, same cluster)
        assertThat(data.moments()).extracting(m -> m.time().text()).containsExactly("2025-01-15 10:03:12.733938",
                "2025-01-15 11:03:12.368086", "2025-01-15 12:02:37.381291", "2025-01-15 13:03:38.040374",
                "2025-01-15 14:02:59.359884", "2025-01-15 16:00:03.076888");
        assertThat(data.agreement()).containsExactly(
                new Agreement.PairAgreement("claude-sonnet-3.5", "gpt-4o", 4, 2, 50.0));
        assertThat(service.table(battle, two).rows()).hasSize(4)
                .allSatisfy(r -> assertThat(List.of(r.get(2), r.get(5)))
                        .containsExactly("claude-sonnet-3.5", "gpt-4o"));
    }

    @Test
    void allOnABigFolderOpensOnTheSymbolsLastDay() {
        ComparisonViewService small = new ComparisonViewService(1_000);
        ViewQuery all = ViewQuery.all().withSymbol("AAPL");

        ComparisonData data = small.load(battle, all, 5, null);

        assertThat(data.span()).isEqualTo(Span.DAY);
        // the newest AAPL decision is 2025-02-04 16:03:56.595734
        assertThat(data.range().fromText()).isEqualTo("2025-02-03 16:03:56.595734");
        assertThat(data.moments()).hasSize(7);
        assertThat(data.moments().get(0).time().text()).isEqualTo("2025-02-04 10:00:00.243087");
        assertThat(data.moments().get(6).time().text()).isEqualTo("2025-02-04 16:00:09.437582+00:00");
    }

    @Test
    void theUserWidensTheSpanOrAllStaysAllOnASmallFolder() {
        ViewQuery all = ViewQuery.all().withSymbol("AAPL");
        ComparisonData week = new ComparisonViewService(1_000).load(battle, all, 5, Span.WEEK);
        ComparisonData whole = service.load(battle, all, 5, null);

        assertThat(week.range().fromText()).isEqualTo("2025-01-28 16:03:56.595734");
        assertThat(week.moments()).allSatisfy(m -> assertThat(m.time().text()).isGreaterThan("2025-01-28 16:03"));
        assertThat(whole.span()).isEqualTo(Span.ALL);
        assertThat(whole.range()).isEqualTo(TimeRange.ALL);
        assertThat(whole.moments().get(0).time().text()).startsWith("2025-01-06 10:0");
        assertThat(whole.moments().size()).isGreaterThan(week.moments().size());
    }

    @Test
    void indexAtFindsTheSameMomentOrTheOneBefore() {
        ComparisonData data = service.load(battle, AAPL_JAN_15, 5, null);

        assertThat(data.indexAt(null)).isEqualTo(6);
        assertThat(data.indexAt(data.moments().get(3).time())).isEqualTo(3);
        assertThat(data.indexAt(com.battlescope.model.Stamp.parse("2025-01-15 13:30"))).isEqualTo(3);
        assertThat(data.indexAt(com.battlescope.model.Stamp.parse("2025-01-14"))).isZero();
    }

    @Test
    void lastDayLookupIsAnIndexSearch() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("decisions.db"));
             ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT * FROM decision_log "
                     + "WHERE 1 = 1 AND symbol = 'AAPL' ORDER BY timestamp DESC, id DESC LIMIT 2")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            assertThat(plan.toString()).contains("USING INDEX idx_decision_symbol_time")
                    .doesNotContain("SCAN decision_log");
        }
    }

    @Test
    void noSymbolMeansNoMomentsAndTheTableAsksForOne() {
        assertThat(service.load(battle, ViewQuery.all().withRange(JAN_15), 5, null).moments()).isEmpty();
        assertThatThrownBy(() -> service.table(battle, ViewQuery.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAPL, AMZN");
        assertThatThrownBy(() -> service.load(battle, AAPL_JAN_15, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
