package com.battlescope.service.view;

import static com.battlescope.testutil.JsonAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.DataTable;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeaderboardServiceTest {
    private static final double EPS = 1e-9;
    private final LeaderboardService service = new LeaderboardService();

    @TempDir
    Path tmp;

    private Battle open(String fixture) {
        return new BattleService().open(Fixtures.copy(fixture, tmp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void standingsShowTheSameStandardFiguresAsTheDetailedBoard(String fixture) {
        try (Battle battle = open(fixture)) {
            for (Timeframe tf : Timeframe.values()) {
                ViewQuery q = ViewQuery.all().withTimeframe(tf);
                List<LeaderboardRow> quick = service.standings(battle, q).rows();
                List<LeaderboardRow> full = service.leaderboard(battle, q).rows();
                assertThat(quick).extracting(LeaderboardRow::modelId)
                        .containsExactlyElementsOf(full.stream().map(LeaderboardRow::modelId).toList());
                assertThat(quick).noneMatch(LeaderboardRow::detailed);
                assertThat(full).allMatch(LeaderboardRow::detailed);
                boolean tradeLog = battle.tradeCount() > 0;
                assertThat(quick).extracting(LeaderboardRow::tradeDetail).containsOnly(tradeLog
                        ? LeaderboardRow.TradeDetail.TOTALS : LeaderboardRow.TradeDetail.PENDING);
                for (int i = 0; i < quick.size(); i++) {
                    assertThat(quick.get(i).curve()).isEqualTo(full.get(i).curve());
                    if (!tradeLog) {
                        continue;
                    }
                    var a = quick.get(i).trades();
                    var b = full.get(i).trades();
                    String at = fixture + " " + tf + " " + quick.get(i).modelId();
                    assertThat(a.count()).as(at).isEqualTo(b.count());
                    assertThat(a.winners()).as(at).isEqualTo(b.winners());
                    assertThat(a.losers()).as(at).isEqualTo(b.losers());
                    assertThat(a.winRate()).as(at).isEqualTo(b.winRate());
                    assertThat(a.bestTrade()).as(at).isEqualTo(b.bestTrade());
                    assertThat(a.worstTrade()).as(at).isEqualTo(b.worstTrade());
                    assertThat(a.grossProfit()).as(at).isCloseTo(b.grossProfit(), within(1e-6));
                    assertThat(a.grossLoss()).as(at).isCloseTo(b.grossLoss(), within(1e-6));
                    if (b.profitFactor() == null || b.profitFactor().isInfinite()) {
                        assertThat(a.profitFactor()).as(at).isEqualTo(b.profitFactor());
                    } else {
                        assertThat(a.profitFactor()).as(at).isCloseTo(b.profitFactor(), within(1e-9));
                    }
                    assertThat(quick.get(i).curve()).as(at).isEqualTo(full.get(i).curve());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "engine-default", "full-split"})
    void allTimeMatchesTheIndependentReport(String fixture) {
        JsonNode expected = parse(Fixtures.text("/fixtures/" + fixture + "/expected-report.json"));
        try (Battle battle = open(fixture)) {
            List<LeaderboardRow> rows = service.rows(battle, ViewQuery.all());

            List<String> order = new ArrayList<>();
            expected.get("leaderboard").forEach(n -> order.add(n.get("model_id").asText()));
            assertThat(rows).extracting(LeaderboardRow::modelId).containsExactlyElementsOf(order);
            assertThat(rows).extracting(LeaderboardRow::rank).containsExactly(
                    java.util.stream.IntStream.rangeClosed(1, order.size()).boxed().toArray(Integer[]::new));
            for (JsonNode m : expected.get("models")) {
                LeaderboardRow row = rows.stream().filter(r -> r.modelId().equals(m.get("model_id").asText()))
                        .findFirst().orElseThrow();
                assertThat(row.curve().totalReturnPct()).isCloseTo(m.get("total_return_pct").asDouble(), within(EPS));
                assertThat(row.curve().finalEquity()).isCloseTo(m.get("final_equity").asDouble(), within(EPS));
                assertClose(row.curve().sharpeRatio(), m.get("sharpe_ratio"));
                assertClose(row.curve().sharpeDaily(), m.get("sharpe_daily"));
                assertClose(row.curve().sortinoRatio(), m.get("sortino_ratio"));
                assertThat(row.curve().maxDrawdownPct()).isCloseTo(m.get("max_drawdown_pct").asDouble(), within(EPS));
                assertThat(row.lastUpdate().text()).isEqualTo(m.get("last_snapshot").asText());
                if (!row.tradesReconstructed()) {
                    assertThat(row.trades().count()).isEqualTo(m.get("total_trades").asInt());
                    assertClose(row.trades().winRate(), m.get("win_rate"));
                    JsonNode pf = m.get("profit_factor");
                    if (pf.isTextual()) {
                        assertThat(row.trades().profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
                    } else {
                        assertClose(row.trades().profitFactor(), pf);
                    }
                }
                long decisions = row.decisions().total();
                assertThat(decisions).isEqualTo(m.get("decisions").asLong());
            }
        }
    }

    private static void assertClose(Double actual, JsonNode expected) {
        if (expected.isNull()) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isCloseTo(expected.asDouble(), within(EPS));
        }
    }

    @Test
    void allTimeRowOfTinyReadsAsHandComputed() {
        try (Battle battle = open("tiny")) {
            DataTable t = service.table(battle, ViewQuery.all());
            assertThat(t.headers()).startsWith("Rank", "Change", "Model", "Return %", "Return $", "Equity",
                    "Sharpe (parity)", "Sharpe (daily)", "Sharpe (sampled)", "Sortino", "Max drawdown %", "Trades",
                    "Win rate", "Profit factor", "Biggest win", "Biggest loss", "Open positions", "Exposure %",
                    "Last update", "Avg trade size");
            // gpt-4o: one losing AAPL trade of 132 shares at 178.24, 13:03:37 -> 12:01:02 next day;
            // last snapshot 42068.96 in positions of 100324.28; 23 decisions: 4 buy, 18 hold, 1 close.
            assertThat(t.rows().get(0)).containsExactly("1", "▲1", "gpt-4o", "0.32%", "$324.28", "$100,324.28",
                    "2.53", "3.08", "9.08", "4.45", "0.35%", "1", "0.00%", "0.00", "-$138.60", "-$138.60", "2",
                    "41.93%", "2025-01-08 16:04:33.607576", "$23,527.68", "$23,527.68", "22h 57m", "22h 57m",
                    "100.00%", "-$138.60", "64.4", "4", "0", "18", "1");
            assertThat(t.rows().get(1)).startsWith("2", "▼1", "claude-sonnet-3.5", "-0.37%", "-$372.92");
        }
    }

    @Test
    void dailyRanksTheLastDayOfSnapshots() {
        try (Battle battle = open("tiny")) {
            List<LeaderboardRow> rows = service.rows(battle, ViewQuery.all().withTimeframe(Timeframe.DAILY));

            // gpt-4o's base: the last snapshot at or before 2025-01-07 16:04:33.607576 is 15:04:26 (99864.42)
            LeaderboardRow gpt = rows.get(0);
            assertThat(gpt.modelId()).isEqualTo("gpt-4o");
            assertThat(gpt.curve().totalReturnPct()).isCloseTo((100324.28 - 99864.42) / 99864.42 * 100, within(EPS));
            assertThat(gpt.curve().totalReturnDollars()).isCloseTo(459.86, within(1e-6));
            assertThat(gpt.rankChange()).isEqualTo(-1);
            assertThat(gpt.trades().count()).isZero();
            assertThat(gpt.decisions().buy()).isEqualTo(1);
            assertThat(gpt.decisions().hold()).isEqualTo(9);
            assertThat(gpt.decisions().averageConfidence()).isCloseTo((67.7 + 66.1888888888889 * 9) / 10, within(1e-9));
            LeaderboardRow claude = rows.get(1);
            assertThat(claude.curve().totalReturnPct()).isCloseTo((99627.08 - 100019.37) / 100019.37 * 100,
                    within(EPS));
            assertThat(claude.rankChange()).isEqualTo(1);
            assertThat(claude.decisions().total()).isEqualTo(7);
        }
    }

    @Test
    void timeframesWithoutLeaderboardHistoryHaveNoRankChange() {
        try (Battle battle = open("tiny")) {
            assertThat(service.rows(battle, ViewQuery.all().withTimeframe(Timeframe.WEEKLY)))
                    .extracting(LeaderboardRow::rankChange).containsOnlyNulls();
        }
    }

    @Test
    void pickedModelsKeepTheirRankAmongAll() {
        try (Battle battle = open("full-split")) {
            List<LeaderboardRow> rows = service.rows(battle, ViewQuery.all().withModels(List.of("qwen-2.5-72b", "grok-2")));
            assertThat(rows).extracting(LeaderboardRow::modelId).containsExactly("qwen-2.5-72b", "grok-2");
            assertThat(rows).extracting(LeaderboardRow::rank).containsExactly(6, 7);
        }
    }

    @Test
    void infiniteProfitFactorAndMissingFiguresAreShownAsSuch() {
        try (Battle battle = open("full-split")) {
            DataTable t = service.table(battle, ViewQuery.all().withModels(List.of("qwen-2.5-72b", "grok-2")));
            int pf = t.headers().indexOf("Profit factor");
            int sharpe = t.headers().indexOf("Sharpe (parity)");
            int win = t.headers().indexOf("Win rate");
            assertThat(t.rows().get(0).get(pf)).isEqualTo("∞");
            assertThat(t.rows().get(1).get(pf)).isEqualTo("—");
            assertThat(t.rows().get(1).get(sharpe)).isEqualTo("—");
            assertThat(t.rows().get(1).get(win)).isEqualTo("—");
        }
    }

    @Test
    void exposureOfAWipedOutModelIsZeroNotNaN() throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             var st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON"); // an engine whose CHECK was bypassed (contract: equity > 0)
            st.executeUpdate("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value,"
                    + " positions_count) VALUES ('gpt-4o', '2025-01-08 17:04:00', 0, 0, 0, 0)");
        }
        try (Battle battle = new BattleService().open(dir)) {
            LeaderboardRow gpt = service.rows(battle, ViewQuery.all()).stream()
                    .filter(r -> r.modelId().equals("gpt-4o")).findFirst().orElseThrow();
            // positions 0 of equity 0: 0 %, as the standings maintenance writes it (it was 0/0 = NaN here)
            assertThat(gpt.exposurePct()).isEqualTo(0.0);
        }
    }

    @Test
    void aRangeNotFromTheStartMeasuresFromItsFirstSnapshot() {
        try (Battle battle = open("tiny")) {
            ViewQuery q = ViewQuery.all().withRange(TimeRange.parse("2025-01-07", null));
            LeaderboardRow gpt = service.rows(battle, q).stream().filter(r -> r.modelId().equals("gpt-4o"))
                    .findFirst().orElseThrow();
            // gpt-4o's first snapshot of 2025-01-07 is 10:04:06 at 99862.77; its trade closed that day at 12:01
            assertThat(gpt.curve().totalReturnPct()).isCloseTo((100324.28 - 99862.77) / 99862.77 * 100, within(EPS));
            assertThat(gpt.trades().count()).isEqualTo(1);
        }
    }

    @Test
    void emptyTradeLogUsesReconstructedTradesAndSaysSo() {
        // the engine's own current_standings of engine-default: total_trades, win_rate, profit_factor
        Map<String, double[]> standings = Map.of(
                "gpt-4o", new double[] {43, 53.4883720930233, 1.4566515898046},
                "claude-sonnet-3.5", new double[] {39, 61.5384615384615, 1.96412017684081},
                "gemini-1.5-pro", new double[] {40, 42.5, 0.864465846940712},
                "llama-3.1-405b", new double[] {37, 43.2432432432432, 0.736161960935803},
                "deepseek-v3", new double[] {44, 59.0909090909091, 1.22249010491927},
                "qwen-2.5-72b", new double[] {46, 58.695652173913, 1.61922310521897});
        try (Battle battle = open("engine-default")) {
            Leaderboard board = service.leaderboard(battle, ViewQuery.all());
            assertThat(board.tradesReconstructed()).isTrue();
            for (LeaderboardRow row : board.rows()) {
                double[] s = standings.get(row.modelId());
                assertThat(row.tradesReconstructed()).isTrue();
                assertThat(row.trades().count()).as(row.modelId()).isEqualTo((int) s[0]);
                assertThat(row.trades().winRate()).isCloseTo(s[1], within(1e-9));
                assertThat(row.trades().profitFactor()).isCloseTo(s[2], within(1e-6));
            }
            DataTable t = service.table(board.rows(), true, false);
            assertThat(t.headers()).contains("Trades (reconstructed)", "Win rate (reconstructed)",
                    "Profit factor (reconstructed)").doesNotContain("Buys", "Avg trade size (reconstructed)");
            assertThat(t.headers()).hasSize(19);
        }
    }

    @Test
    void topPerformersComeFromTheLatestSnapshotElseFromTheComputedRanking() {
        try (Battle battle = open("engine-default")) {
            List<TopPerformer> daily = service.topPerformers(battle, Timeframe.DAILY);
            assertThat(daily).hasSize(6).allMatch(TopPerformer::fromSnapshot);
            assertThat(daily.get(0).modelId()).isEqualTo("claude-sonnet-3.5");
            assertThat(daily.get(0).snapshotTime().text()).isEqualTo("2025-01-24 16:05:00.821116");
            assertThat(daily).extracting(TopPerformer::rank).containsExactly(1, 2, 3, 4, 5, 6);

            List<TopPerformer> monthly = service.topPerformers(battle, Timeframe.MONTHLY);
            assertThat(monthly).noneMatch(TopPerformer::fromSnapshot);
            assertThat(monthly).extracting(TopPerformer::modelId).containsExactly("claude-sonnet-3.5", "gpt-4o",
                    "qwen-2.5-72b", "deepseek-v3", "gemini-1.5-pro", "llama-3.1-405b");
            // the monthly window reaches back to the first snapshot: 103048.25 vs 100004.14
            assertThat(monthly.get(0).returnPct()).isCloseTo((103048.25 - 100004.14) / 100004.14 * 100, within(EPS));
        }
    }
}
