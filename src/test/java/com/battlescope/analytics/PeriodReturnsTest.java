package com.battlescope.analytics;

import com.battlescope.model.DailySummary;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.battlescope.analytics.Fixtures.T0;
import static com.battlescope.analytics.Fixtures.snap;
import static com.battlescope.analytics.Fixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PeriodReturnsTest {

    // T0 is Monday 2025-01-06 10:00
    private static final List<HourlySnapshot> TWO_DAYS = List.of(snap("m", T0, 100), snap("m", T0.plusHours(2), 90),
            snap("m", T0.plusHours(4), 110), snap("m", T0.plusDays(1), 121), snap("m", T0.plusDays(1).plusHours(1), 99));

    @Test
    void firstDayStartsAtItsFirstSnapshot() {
        DailySummary d = PeriodReturns.daily(TWO_DAYS, List.of()).get(0);
        assertThat(d.openingEquity()).isEqualTo(100.0);
        assertThat(d.closingEquity()).isEqualTo(110.0);
        assertThat(d.dailyReturnPct()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void laterDayStartsAtPreviousDaysClose() {
        DailySummary d = PeriodReturns.daily(TWO_DAYS, List.of()).get(1);
        assertThat(d.openingEquity()).isEqualTo(110.0);
        assertThat(d.dailyPnl()).isCloseTo(-11.0, within(1e-12));
        assertThat(d.dailyReturnPct()).isCloseTo(-10.0, within(1e-12));
    }

    @Test
    void highLowAndDrawdownAreWithinThePeriod() {
        DailySummary d = PeriodReturns.daily(TWO_DAYS, List.of()).get(0);
        assertThat(d.highEquity()).isEqualTo(110.0);
        assertThat(d.lowEquity()).isEqualTo(90.0);
        assertThat(d.maxDrawdownPct()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void laterPeriodDrawdownCountsFallFromPreviousClose() {
        // 110 -> 121 -> 99: 18.18 % below the 121 peak
        assertThat(PeriodReturns.daily(TWO_DAYS, List.of()).get(1).maxDrawdownPct())
                .isCloseTo(22.0 / 121 * 100, within(1e-9));
    }

    @Test
    void dailyCountsTradesOpenedAndClosed() {
        DailySummary d = PeriodReturns.daily(TWO_DAYS, List.of(trade("long", 10, 1, 1, T0, T0.plusDays(1)))).get(1);
        assertThat(d.tradesOpened()).isZero();
        assertThat(d.tradesClosed()).isEqualTo(1);
    }

    @Test
    void weeksStartOnMondayAndEndOnSunday() {
        List<HourlySnapshot> snaps = List.of(snap("m", T0.plusDays(6), 100), snap("m", T0.plusDays(7), 105));
        List<WeeklySummary> w = PeriodReturns.weekly(snaps, List.of());
        assertThat(w).extracting(WeeklySummary::weekStart)
                .containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13));
        assertThat(w.get(0).weekEnd()).isEqualTo(LocalDate.of(2025, 1, 12));
        assertThat(w.get(1).weeklyReturnPct()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void monthlyRowsCarryTradeStatistics() {
        List<HourlySnapshot> snaps = List.of(snap("m", T0, 100), snap("m", LocalDateTime.of(2025, 2, 3, 10, 0), 120));
        List<MonthlySummary> m = PeriodReturns.monthly(snaps, List.of(trade("long", 5), trade("short", -1)));
        assertThat(m).extracting(MonthlySummary::month).containsExactly(1, 2);
        assertThat(m.get(0).totalTrades()).isEqualTo(2);
        assertThat(m.get(0).profitFactor()).isEqualTo(5.0);
        assertThat(m.get(1).totalTrades()).isZero();
        assertThat(m.get(1).monthlyReturnPct()).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void rowsAreGroupedPerModel() {
        List<HourlySnapshot> snaps = List.of(snap("b", T0, 100), snap("a", T0, 50), snap("a", T0.plusHours(1), 55));
        assertThat(PeriodReturns.daily(snaps, List.of())).extracting(DailySummary::modelId).containsExactly("a", "b");
    }

    @Test
    void monthlyGridPlacesReturnsByYearAndMonth() {
        List<HourlySnapshot> snaps = List.of(snap("m", T0, 100), snap("m", T0.plusHours(1), 110),
                snap("m", LocalDateTime.of(2025, 3, 3, 10, 0), 121));
        MonthlyReturnGrid grid = MonthlyReturnGrid.of("m", PeriodReturns.monthly(snaps, List.of()));
        assertThat(grid.get(2025, 1)).isCloseTo(10.0, within(1e-12));
        assertThat(grid.get(2025, 2)).isNull();
        assertThat(grid.get(2025, 3)).isCloseTo(10.0, within(1e-12));
        assertThat(grid.yearReturnPct(2025)).isCloseTo(21.0, within(1e-9));
    }
}
