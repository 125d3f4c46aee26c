package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.Trade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.battlescope.analytics.Fixtures.decision;
import static com.battlescope.analytics.Fixtures.filled;
import static com.battlescope.analytics.Fixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TradeReconstructionTest {

    @Test
    void closeClosesOldestOpenPositionFirst() {
        TradeSet set = TradeReconstruction.fromDecisions(List.of(
                filled(1, "m", "AAPL", "buy", null, "2025-01-06 10:00:00", 100, 1000.0),
                filled(2, "m", "AAPL", "buy", null, "2025-01-06 11:00:00", 200, 1000.0),
                filled(3, "m", "AAPL", "close", null, "2025-01-06 12:00:00", 150, null)));
        assertThat(set.trades()).singleElement().satisfies(t -> {
            assertThat(t.entryPrice()).isEqualTo(100.0);
            assertThat(t.shares()).isEqualTo(10);
            assertThat(t.realizedPnl()).isEqualTo(500.0);
            assertThat(t.realizedPnlPct()).isEqualTo(50.0);
        });
    }

    @Test
    void setIsMarkedReconstructed() {
        assertThat(TradeReconstruction.fromDecisions(List.of()).reconstructed()).isTrue();
    }

    @Test
    void sellOpensShortThatGainsWhenPriceFalls() {
        Trade t = only(filled(1, "m", "AAPL", "sell", null, "2025-01-06 10:00:00", 100, 1000.0),
                filled(2, "m", "AAPL", "close", null, "2025-01-06 12:00:00", 90, null));
        assertThat(t.direction()).isEqualTo("short");
        assertThat(t.realizedPnl()).isEqualTo(100.0);
    }

    @Test
    void storedDirectionWinsOverDecisionKind() {
        Trade t = only(filled(1, "m", "AAPL", "buy", "short", "2025-01-06 10:00:00", 100, 1000.0),
                filled(2, "m", "AAPL", "close", null, "2025-01-06 12:00:00", 90, null));
        assertThat(t.direction()).isEqualTo("short");
    }

    @Test
    void positionsArePairedPerModelAndSymbol() {
        TradeSet set = TradeReconstruction.fromDecisions(List.of(
                filled(1, "a", "AAPL", "buy", null, "2025-01-06 10:00:00", 100, 100.0),
                filled(2, "b", "AAPL", "buy", null, "2025-01-06 10:00:00", 200, 200.0),
                filled(3, "a", "MSFT", "close", null, "2025-01-06 11:00:00", 300, null),
                filled(4, "b", "AAPL", "close", null, "2025-01-06 12:00:00", 210, null)));
        assertThat(set.trades()).singleElement().satisfies(t -> {
            assertThat(t.modelId()).isEqualTo("b");
            assertThat(t.realizedPnl()).isEqualTo(10.0);
        });
    }

    @Test
    void unfilledDecisionsAreIgnored() {
        assertThat(TradeReconstruction.fromDecisions(List.of(
                decision(1, "m", "AAPL", "buy", 50.0, "2025-01-06 10:00:00", 100.0),
                filled(2, "m", "AAPL", "close", null, "2025-01-06 12:00:00", 90, null))).trades()).isEmpty();
    }

    @Test
    void sharesAreRoundedAndAtLeastOne() {
        assertThat(TradeReconstruction.shares(1049.0, 100)).isEqualTo(10);
        assertThat(TradeReconstruction.shares(10.0, 100)).isEqualTo(1);
    }

    @Test
    void tradesAreLabelledManualAndReconstructed() {
        Trade t = only(filled(1, "m", "AAPL", "buy", null, "2025-01-06 10:00:00", 100, 1000.0),
                filled(2, "m", "AAPL", "close", null, "2025-01-06 12:00:00", 101.5, null));
        assertThat(t.exitReason()).isEqualTo("manual");
        assertThat(t.strategy()).isEqualTo("reconstructed");
        assertThat(t.realizedPnl()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void loggedTradesArePreferredOverReconstruction() {
        TradeSet set = TradeSet.loggedOrReconstructed(List.of(trade("long", 1)), List.of());
        assertThat(set.reconstructed()).isFalse();
        assertThat(set.trades()).hasSize(1);
    }

    private static Trade only(Decision... decisions) {
        List<Trade> trades = TradeReconstruction.fromDecisions(List.of(decisions)).trades();
        assertThat(trades).hasSize(1);
        return trades.get(0);
    }
}
