package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.battlescope.model.Stamp;
import com.battlescope.model.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three trades of one model, grouped by hand. */
class PnlSourcesTest {
    private static Trade trade(String symbol, String direction, String entry, String exit, double pnl, double pct) {
        return new Trade(null, "a", symbol, direction, 100, Stamp.parse(entry), 10, 101, Stamp.parse(exit), "signal",
                pnl, pct, null, null);
    }

    private static final List<Trade> TRADES = List.of(
            trade("AAPL", "long", "2025-01-06 10:00:00", "2025-01-06 12:00:00", 100, 2.0),         // Monday
            trade("AAPL", "short", "2025-01-07 15:30:00", "2025-01-07 16:30:00", -50, -6.0),      // Tuesday
            trade("MSFT", "long", "2025-01-06 12:00:00+02:00", "2025-01-06 14:00:00+02:00", 30, 3.0)); // 10:00 UTC

    private static List<PnlSources.Row> by(String dimension) {
        return PnlSources.of(TRADES).stream().filter(r -> r.dimension().equals(dimension)).toList();
    }

    @Test
    void bySymbolAndSide() {
        assertThat(by("symbol")).extracting(PnlSources.Row::key, PnlSources.Row::trades, PnlSources.Row::winners,
                PnlSources.Row::pnl, PnlSources.Row::meanReturnPct, PnlSources.Row::meanHoldingHours)
                .containsExactly(tuple("AAPL", 2, 1, 50.0, -2.0, 1.5), tuple("MSFT", 1, 1, 30.0, 3.0, 2.0));
        assertThat(by("side")).extracting(PnlSources.Row::key, PnlSources.Row::trades, PnlSources.Row::pnl)
                .containsExactly(tuple("long", 2, 130.0), tuple("short", 1, -50.0));
    }

    @Test
    void byHourAndWeekdayOfTheEntryInUtc() {
        assertThat(by("hour")).extracting(PnlSources.Row::key, PnlSources.Row::trades)
                .containsExactly(tuple("10", 2), tuple("15", 1));
        assertThat(by("weekday")).extracting(PnlSources.Row::key, PnlSources.Row::pnl)
                .containsExactly(tuple("1 Mon", 130.0), tuple("2 Tue", -50.0));
    }

    @Test
    void winnersAgainstLosersAndReturnBuckets() {
        assertThat(by("outcome")).extracting(PnlSources.Row::key, PnlSources.Row::meanHoldingHours)
                .containsExactly(tuple("winners", 2.0), tuple("losers", 1.0));
        assertThat(by("return")).extracting(PnlSources.Row::key, PnlSources.Row::trades)
                .containsExactly(tuple("below -5%", 1), tuple("2% to 5%", 2));
    }
}
