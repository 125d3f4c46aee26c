package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Trade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSimulationTest {
    private static final DemoOptions OPTIONS = new DemoOptions(4, 3, 14, DemoHours.ALL_DAY, 5, 2,
            LocalDate.of(2025, 3, 3), 50_000);

    @Test
    void equityIsTheCapitalPlusRealisedAndOpenProfit() {
        CapturingSink sink = new CapturingSink();
        Run run = run(OPTIONS, sink, null);
        for (Trader trader : run.traders) {
            double realised = sink.trades.stream().filter(t -> t.modelId().equals(trader.id))
                    .mapToDouble(Trade::realizedPnl).sum();
            long trades = sink.trades.stream().filter(t -> t.modelId().equals(trader.id)).count();
            double open = 0;
            for (int s = 0; s < trader.positions.length; s++) {
                if (trader.positions[s] != null) {
                    open += trader.positions[s].pnl(run.market.close(s));
                }
            }
            HourlySnapshot last = lastSnapshot(sink, trader.id);
            // each trade's pnl is rounded to cents, each snapshot figure too
            assertThat(last.equity()).as(trader.id)
                    .isCloseTo(50_000 + realised + open, within(0.006 * (trades + 3)));
            assertThat(trades).as(trader.id).isPositive();
        }
    }

    @Test
    void everyOpenedPositionIsClosedOrStillOpen() {
        CapturingSink sink = new CapturingSink();
        Run run = run(OPTIONS, sink, null);
        for (Trader trader : run.traders) {
            long opened = sink.decisions.stream().filter(d -> d.modelId().equals(trader.id))
                    .filter(d -> d.executed() && !d.decision().equals("close")).count();
            long closed = sink.trades.stream().filter(t -> t.modelId().equals(trader.id)).count();
            assertThat(opened - closed).as(trader.id).isEqualTo(trader.openPositions());
            assertThat(lastSnapshot(sink, trader.id).positionsCount()).isEqualTo(trader.openPositions());
        }
    }

    @Test
    void aModelWithoutCashHasItsOrdersRejected() {
        CapturingSink sink = new CapturingSink();
        run(OPTIONS.withModels(1), sink, t -> t.cash = 0);
        List<Decision> orders = sink.decisions.stream()
                .filter(d -> d.decision().equals("buy") || d.decision().equals("sell")).toList();
        assertThat(orders).isNotEmpty().allSatisfy(d -> {
            assertThat(d.executed()).isFalse();
            assertThat(d.executionStatus()).isEqualTo("rejected");
            assertThat(d.executionPrice()).isNull();
            assertThat(d.stopLoss()).isNotNull();
        });
        assertThat(sink.trades).isEmpty();
        assertThat(sink.snapshots).allSatisfy(s -> assertThat(s.positionsCount()).isZero());
    }

    @Test
    void decisionsComeInTimeOrderWithinEachHour() {
        CapturingSink sink = new CapturingSink();
        run(OPTIONS, sink, null);
        for (int i = 1; i < sink.decisions.size(); i++) {
            assertThat(sink.decisions.get(i).timestamp()).isGreaterThanOrEqualTo(sink.decisions.get(i - 1).timestamp());
        }
        assertThat(sink.decisions).hasSize(4 * 3 * 14 * 24 * 2);
    }

    @Test
    void allModelsTradeOnOnePricePathPerSymbol() {
        CapturingSink sink = new CapturingSink();
        run(OPTIONS, sink, null);
        // within an hour a symbol's price moves one way only, so every model's decisions line up on it
        java.util.Map<String, List<Decision>> byHour = new java.util.TreeMap<>();
        for (Decision d : sink.decisions) {
            byHour.computeIfAbsent(d.symbol() + d.timestamp().text().substring(0, 13), k -> new ArrayList<>()).add(d);
        }
        assertThat(byHour).hasSize(3 * 14 * 24);
        for (List<Decision> hour : byHour.values()) {
            assertThat(hour.stream().map(Decision::modelId).distinct().count()).isGreaterThan(1);
            int up = 0;
            int down = 0;
            for (int i = 1; i < hour.size(); i++) {
                double step = hour.get(i).currentPrice() - hour.get(i - 1).currentPrice();
                up += step > 0 ? 1 : 0;
                down += step < 0 ? 1 : 0;
            }
            assertThat(up == 0 || down == 0).as(hour.get(0).symbol() + " " + hour.get(0).timestamp()).isTrue();
        }
    }

    private record Run(List<Trader> traders, Market market) {
    }

    private static Run run(DemoOptions o, CapturingSink sink, java.util.function.Consumer<Trader> setUp) {
        Rng rng = new Rng(o.seed());
        List<Trader> traders = new ArrayList<>();
        List<PeriodBook> periods = new ArrayList<>();
        List<StandingBook> books = new ArrayList<>();
        for (String id : DemoNames.models(o.models())) {
            Trader t = new Trader(id, traders.size(), o.seed(), o.symbols(), o.initialCapital());
            if (setUp != null) {
                setUp.accept(t);
            }
            traders.add(t);
            periods.add(new PeriodBook(id, o.initialCapital()));
            books.add(new StandingBook(id, o.initialCapital()));
        }
        Market market = new Market(DemoNames.SYMBOLS.subList(0, o.symbols()), null, o.hours(), rng.split());
        DemoSimulation sim = new DemoSimulation(traders, periods, books, market, new DemoClock(o.hours(), o.start()),
                o.decisionsPerHour(), sink, rng.split());
        for (long h = 0; h < DemoBattle.hours(o); h++) {
            sim.runHour();
        }
        return new Run(traders, market);
    }

    private static HourlySnapshot lastSnapshot(CapturingSink sink, String model) {
        return sink.snapshots.stream().filter(s -> s.modelId().equals(model)).reduce((a, b) -> b).orElseThrow();
    }
}
