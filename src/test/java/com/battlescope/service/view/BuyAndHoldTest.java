package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

    private static Decision priced(String symbol, String time, Double price) {
        return new Decision(null, "m", symbol, "hold", "because", null, Stamp.parse(time), price, null, null, null,
                null, null, false, null, null, null);
    }

    @Test
    void pricesArrivingOutOfTimeOrderAreSorted() {
        // the log is ordered by text: a T-separated time sorts after every space-separated one of the same day
        BuyAndHold hold = new BuyAndHold();
        hold.add(priced("X", "2025-01-06 10:00:00", 10.0));
        hold.add(priced("X", "2025-01-06 12:00:00", 20.0));
        hold.add(priced("X", "2025-01-06T11:00:00", 5.0));
        List<Stamp> times = List.of(Stamp.parse("2025-01-06 10:30:00"), Stamp.parse("2025-01-06 11:30:00"),
                Stamp.parse("2025-01-06 12:30:00"));
        // 100 buys 10 shares at 10: 100, 50, 200
        assertThat(hold.values(100, times)).containsExactly(new double[] {100, 50, 200}, within(1e-12));
    }

    @Test
    void unpricedDecisionsAreIgnoredAndCapitalIsSplitOverPricedSymbols() {
        BuyAndHold hold = new BuyAndHold();
        hold.add(priced("X", "2025-01-06 10:00:00", 10.0));
        hold.add(priced("Y", "2025-01-06 10:00:00", null));
        hold.add(priced("Z", "2025-01-06 11:00:00", 4.0));
        assertThat(hold.symbolCount()).isEqualTo(2);
        // X: 50 -> 5 shares; Z: cash 50 until 11:00, then 12.5 shares at 4
        List<Stamp> times = List.of(Stamp.parse("2025-01-06 10:00:00"), Stamp.parse("2025-01-06 11:00:00"));
        assertThat(hold.values(100, times)).containsExactly(new double[] {100, 100}, within(1e-12));
        hold.add(priced("Z", "2025-01-06 12:00:00", 8.0));
        // bought at 11:00, the 12.5 Z shares are worth 100 at 12:00: 50 + 100
        List<Stamp> later = List.of(Stamp.parse("2025-01-06 11:00:00"), Stamp.parse("2025-01-06 12:00:00"));
        assertThat(hold.values(100, later)).containsExactly(new double[] {100, 150}, within(1e-12));
    }
}
