package com.battlescope.analytics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.battlescope.analytics.Fixtures.T0;
import static com.battlescope.analytics.Fixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

class TradeStatsTest {

    private static final TradeStats MIXED = TradeStats.of(List.of(
            trade("long", 30), trade("long", 10), trade("short", -20), trade("long", 0)));

    @Test
    void countsWinnersAndLosersWithZeroPnlInNeither() {
        assertThat(MIXED.count()).isEqualTo(4);
        assertThat(MIXED.winners()).isEqualTo(2);
        assertThat(MIXED.losers()).isEqualTo(1);
    }

    @Test
    void winRateIsWinnersOverAllTrades() {
        assertThat(MIXED.winRate()).isEqualTo(50.0);
    }

    @Test
    void profitFactorIsGrossProfitOverGrossLoss() {
        assertThat(MIXED.profitFactor()).isEqualTo(2.0);
    }

    @Test
    void allWinningTradesGiveInfiniteProfitFactor() {
        assertThat(TradeStats.of(List.of(trade("long", 5), trade("long", 1))).profitFactor())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void noTradesGiveNullRatesAndZeroCounts() {
        TradeStats none = TradeStats.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.winRate()).isNull();
        assertThat(none.profitFactor()).isNull();
        assertThat(none.expectancy()).isNull();
        assertThat(none.medianHolding()).isNull();
    }

    @Test
    void onlyBreakEvenTradesGiveNullProfitFactor() {
        assertThat(TradeStats.of(List.of(trade("long", 0))).profitFactor()).isNull();
    }

    @Test
    void onlyLosingTradesGiveZeroProfitFactor() {
        assertThat(TradeStats.of(List.of(trade("long", -3))).profitFactor()).isEqualTo(0.0);
    }

    @Test
    void averagesAndExtremesOfPnl() {
        assertThat(MIXED.averageWin()).isEqualTo(20.0);
        assertThat(MIXED.averageLoss()).isEqualTo(-20.0);
        assertThat(MIXED.expectancy()).isEqualTo(5.0);
        assertThat(MIXED.bestTrade()).isEqualTo(30.0);
        assertThat(MIXED.worstTrade()).isEqualTo(-20.0);
    }

    @Test
    void tradeSizeIsSharesTimesEntryPrice() {
        TradeStats s = TradeStats.of(List.of(trade("long", 10, 100, 1, T0, T0.plusHours(1)),
                trade("long", 2, 50, 1, T0, T0.plusHours(1)), trade("long", 1, 400, 1, T0, T0.plusHours(1))));
        assertThat(s.averageSize()).isEqualTo(500.0);
        assertThat(s.medianSize()).isEqualTo(400.0);
    }

    @Test
    void holdingTimeIsExitMinusEntry() {
        TradeStats s = TradeStats.of(List.of(trade("long", 1, 1, 1, T0, T0.plusHours(1)),
                trade("long", 1, 1, 1, T0, T0.plusHours(2)), trade("long", 1, 1, 1, T0, T0.plusHours(6))));
        assertThat(s.averageHolding()).isEqualTo(Duration.ofHours(3));
        assertThat(s.medianHolding()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void pctLongCountsLongDirection() {
        assertThat(MIXED.pctLong()).isEqualTo(75.0);
    }
}
