package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoClockTest {
    @Test
    void marketHoursAreSevenCyclesOnWeekdays() {
        // Friday 2025-01-10, then the weekend is skipped
        DemoClock clock = new DemoClock(DemoHours.MARKET, LocalDate.of(2025, 1, 10));
        List<BattleHour> hours = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hours.add(clock.next());
        }
        assertThat(hours.get(0)).isEqualTo(new BattleHour(0, LocalDateTime.of(2025, 1, 10, 9, 30), 60, true, false));
        assertThat(hours.get(5).start()).isEqualTo(LocalDateTime.of(2025, 1, 10, 14, 30));
        assertThat(hours.get(6)).isEqualTo(new BattleHour(6, LocalDateTime.of(2025, 1, 10, 15, 30), 30, false, true));
        assertThat(hours.get(6).end()).isEqualTo(LocalDateTime.of(2025, 1, 10, 16, 0));
        assertThat(hours.get(7)).isEqualTo(new BattleHour(7, LocalDateTime.of(2025, 1, 13, 9, 30), 60, true, false));
    }

    @Test
    void aSaturdayStartBeginsOnMonday() {
        assertThat(new DemoClock(DemoHours.MARKET, LocalDate.of(2025, 1, 11)).next().start())
                .isEqualTo(LocalDateTime.of(2025, 1, 13, 9, 30));
    }

    @Test
    void aroundTheClockIsEveryHour() {
        DemoClock clock = new DemoClock(DemoHours.ALL_DAY, LocalDate.of(2025, 1, 11));
        BattleHour first = clock.next();
        for (int i = 1; i < 23; i++) {
            clock.next();
        }
        BattleHour last = clock.next();
        assertThat(first).isEqualTo(new BattleHour(0, LocalDateTime.of(2025, 1, 11, 0, 0), 60, true, false));
        assertThat(last).isEqualTo(new BattleHour(23, LocalDateTime.of(2025, 1, 11, 23, 0), 60, false, true));
        assertThat(clock.next().start()).isEqualTo(LocalDateTime.of(2025, 1, 12, 0, 0));
    }

    @Test
    void aContinuedClockStartsWithTheNextHour() {
        assertThat(DemoClock.after(DemoHours.MARKET, LocalDateTime.of(2025, 1, 10, 15, 57, 3)).next())
                .isEqualTo(new BattleHour(0, LocalDateTime.of(2025, 1, 13, 9, 30), 60, true, false));
        assertThat(DemoClock.after(DemoHours.MARKET, LocalDateTime.of(2025, 1, 8, 11, 28)).next().start())
                .isEqualTo(LocalDateTime.of(2025, 1, 8, 11, 30));
        assertThat(DemoClock.after(DemoHours.ALL_DAY, LocalDateTime.of(2025, 1, 8, 23, 58)).next().start())
                .isEqualTo(LocalDateTime.of(2025, 1, 9, 0, 0));
    }

    @Test
    void tradingDaysCountWeekdaysOnly() {
        assertThat(DemoClock.tradingDays(DemoHours.MARKET, LocalDate.of(2025, 1, 6), 10)).isEqualTo(8);
        assertThat(DemoClock.tradingDays(DemoHours.ALL_DAY, LocalDate.of(2025, 1, 6), 10)).isEqualTo(10);
        assertThat(DemoClock.tradingDays(DemoHours.MARKET, LocalDate.of(2025, 1, 1), 365)).isEqualTo(261);
    }
}
