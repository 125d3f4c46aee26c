package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.TradeSet;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.DataTable;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradesServiceTest {
    private final TradesService service = new TradesService();

    @TempDir
    Path tmp;

    private Battle open(String fixture) {
        return new BattleService().open(Fixtures.copy(fixture, tmp));
    }

    @Test
    void tradeLogRowsNewestExitFirstAsText() {
        try (Battle battle = open("tiny")) {
            DataTable t = service.table(battle, ViewQuery.all());
            assertThat(t.headers()).containsExactly("Model", "Symbol", "Direction", "Entry time", "Entry price",
                    "Shares", "Exit time", "Exit price", "Exit reason", "P&L $", "P&L %", "Holding", "Strategy");
            assertThat(t.rows()).containsExactly(
                    List.of("claude-sonnet-3.5", "AAPL", "long", "2025-01-06 16:02:22.930298", "$178.81", "110",
                            "2025-01-07 15:03:23.973172", "$176.48", "eod_close", "-$256.30", "-1.30%", "23h 1m",
                            "momentum"),
                    List.of("gpt-4o", "AAPL", "long", "2025-01-06 13:03:37.433577", "$178.24", "132",
                            "2025-01-07 12:01:02.525115", "$177.19", "manual", "-$138.60", "-0.59%", "22h 57m",
                            "momentum"));
        }
    }

    @Test
    void statsLineSummarisesTheShownTrades() {
        try (Battle battle = open("tiny")) {
            TradeSet set = service.trades(battle, ViewQuery.all());
            assertThat(set.reconstructed()).isFalse();
            // two losers: -138.60 and -256.30; no gross profit, so the profit factor is 0
            assertThat(TradesService.summary(TradeStats.of(set.trades()), false)).isEqualTo(
                    "2 trades · win rate 0.00% · profit factor 0.00 · expectancy -$197.45 · best -$138.60"
                            + " · worst -$256.30");
        }
    }

    @Test
    void filtersNarrowBySymbolDirectionAndOutcome() {
        try (Battle battle = open("full-split")) {
            List<Trade> all = service.trades(battle, ViewQuery.all()).trades();
            assertThat(all).hasSize(384);
            // counted with sqlite3: AAPL shorts 21 (15 winners, 6 losers), of which gpt-4o's 8
            TradeFilter aaplShort = TradeFilter.none().withSymbol("AAPL").withDirection("short");
            assertThat(TradesService.filter(all, aaplShort)).hasSize(21);
            assertThat(TradesService.filter(all, aaplShort.withOutcome(TradeFilter.Outcome.WINNERS))).hasSize(15);
            assertThat(TradesService.filter(all, aaplShort.withOutcome(TradeFilter.Outcome.LOSERS))).hasSize(6);
            List<Trade> gpt = service.trades(battle, ViewQuery.all().withModels(List.of("gpt-4o"))).trades();
            assertThat(TradesService.filter(gpt, aaplShort)).hasSize(8).allMatch(t -> t.modelId().equals("gpt-4o"));
            assertThat(TradesService.filter(all, TradeFilter.none().withExitReason("stop_loss")
                    .withOutcome(TradeFilter.Outcome.WINNERS))).isEmpty();
        }
    }

    @Test
    void rangeKeepsTradesThatExitInIt() {
        try (Battle battle = open("full-split")) {
            List<Trade> late = service.trades(battle, ViewQuery.all().withRange(TimeRange.parse("2025-02-03", null)))
                    .trades();
            assertThat(late).hasSize(38).allMatch(t -> !t.exitTime().date().isBefore(java.time.LocalDate.of(2025, 2, 3)));
        }
    }

    @Test
    void exportTableAppliesTheQuerySymbol() {
        try (Battle battle = open("full-split")) {
            DataTable t = service.table(battle, ViewQuery.all().withSymbol("AAPL").withModels(List.of("qwen-2.5-72b")));
            assertThat(t.rows()).isNotEmpty().allMatch(r -> r.get(0).equals("qwen-2.5-72b") && r.get(1).equals("AAPL"));
        }
    }

    @Test
    void emptyTradeLogShowsReconstructedTradesLabelled() {
        try (Battle battle = open("engine-default")) {
            TradeSet set = service.trades(battle, ViewQuery.all().withModels(List.of("claude-sonnet-3.5")));
            assertThat(set.reconstructed()).isTrue();
            // as many round trips as the engine's current_standings counts for the model
            assertThat(set.trades()).hasSize(39);
            DataTable t = service.table(set.trades(), true);
            assertThat(t.headers()).contains("P&L $ (reconstructed)", "P&L % (reconstructed)");
            assertThat(t.rows()).allMatch(r -> r.get(12).equals("reconstructed"));
            assertThat(TradesService.summary(TradeStats.of(set.trades()), true))
                    .startsWith("39 trades (reconstructed) · win rate 61.54% · profit factor 1.96");
        }
    }
}
