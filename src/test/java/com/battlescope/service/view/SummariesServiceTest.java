package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.MonthlyReturnGrid;
import com.battlescope.model.DataTable;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummariesServiceTest {
    private final SummariesService service = new SummariesService();

    @TempDir
    Path tmp;

    private Battle open(String fixture) {
        return new BattleService().open(Fixtures.copy(fixture, tmp));
    }

    @Test
    void storedDailyRowsAreShownFromTheTable() {
        try (Battle battle = open("tiny")) {
            Summaries s = service.summaries(battle, ViewQuery.all(), Period.DAILY);
            assertThat(s.fromTable()).isTrue();
            assertThat(s.sourceLabel()).isEqualTo("Source: daily_summaries table");
            DataTable t = service.table(s.period(), s.rows(), s.tradesReconstructed());
            assertThat(t.headers()).containsExactly("Model", "Date", "Opening equity", "Closing equity",
                    "High equity", "Low equity", "P&L $", "Return %", "Trades opened", "Trades closed",
                    "Sharpe (parity)", "Max drawdown %");
            assertThat(t.rows()).hasSize(6);
            assertThat(t.rows().get(4)).containsExactly("gpt-4o", "2025-01-07", "$100,065.22", "$99,719.93",
                    "$99,864.42", "$99,719.93", "-$345.29", "-0.35%", "1", "1", "—", "0.14%");
        }
    }

    @Test
    void emptySummaryTablesAreComputedFromSnapshotsAndSaySo() {
        try (Battle battle = open("engine-default")) {
            Summaries s = service.summaries(battle, ViewQuery.all(), Period.MONTHLY);
            assertThat(s.fromTable()).isFalse();
            assertThat(s.sourceLabel())
                    .isEqualTo("Source: computed from hourly snapshots (monthly_summaries is empty)");
            assertThat(s.tradesReconstructed()).isTrue();
            SummaryRow claude = s.rows().get(0);
            assertThat(claude.modelId()).isEqualTo("claude-sonnet-3.5");
            assertThat(claude.start()).isEqualTo(LocalDate.of(2025, 1, 1));
            // January starts at claude's first snapshot (100004.14) and ends at its last (103048.25)
            assertThat(claude.startEquity()).isEqualTo(100004.14);
            assertThat(claude.endEquity()).isEqualTo(103048.25);
            assertThat(claude.returnPct()).isCloseTo((103048.25 - 100004.14) / 100004.14 * 100, within(1e-9));
            assertThat(claude.trades()).isEqualTo(39);
            assertThat(service.table(s.period(), s.rows(), true).headers()).contains("Trades (reconstructed)");
        }
    }

    @Test
    void weeklyRowsComputedPerIsoWeek() {
        try (Battle battle = open("engine-default")) {
            Summaries s = service.summaries(battle, ViewQuery.all().withModels(List.of("gpt-4o")), Period.WEEKLY);
            assertThat(s.rows()).extracting(SummaryRow::start).containsExactly(LocalDate.of(2025, 1, 6),
                    LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 20));
            assertThat(s.rows()).extracting(SummaryRow::end).containsExactly(LocalDate.of(2025, 1, 12),
                    LocalDate.of(2025, 1, 19), LocalDate.of(2025, 1, 26));
            // the weeks chain: each starts where the previous ended, the last ends at the final equity
            assertThat(s.rows().get(1).startEquity()).isEqualTo(s.rows().get(0).endEquity());
            assertThat(s.rows().get(2).endEquity()).isEqualTo(102484.7);
        }
    }

    @Test
    void monthlyGridCompoundsTheYear() {
        try (Battle battle = open("full-split")) {
            Summaries s = service.summaries(battle, ViewQuery.all(), Period.MONTHLY);
            assertThat(s.gridFromTable()).isTrue();
            MonthlyReturnGrid claude = s.grids().get(0);
            assertThat(claude.modelId()).isEqualTo("claude-sonnet-3.5");
            // 0.532610000000001 % then 0.195240131535428 %: compounded, the model's whole return 0.72889 %
            assertThat(claude.yearReturnPct(2025)).isCloseTo(0.72889, within(1e-9));
            DataTable grid = service.gridTable(s.grids());
            assertThat(grid.headers()).containsExactly("Model", "Year", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Year %");
            assertThat(grid.rows()).hasSize(8);
            assertThat(grid.rows().get(0)).containsExactly("claude-sonnet-3.5", "2025", "0.53%", "0.20%", "—", "—",
                    "—", "—", "—", "—", "—", "—", "—", "—", "0.73%");
        }
    }

    @Test
    void storedRowsOutsideTheRangeAreLeftOut() {
        try (Battle battle = open("tiny")) {
            ViewQuery q = ViewQuery.all().withRange(TimeRange.parse("2025-01-07", "2025-01-07 23:59"));
            assertThat(service.summaries(battle, q, Period.DAILY).rows()).extracting(SummaryRow::start)
                    .containsOnly(LocalDate.of(2025, 1, 7)).hasSize(2);
            assertThat(service.summaries(battle, q, Period.WEEKLY).rows()).hasSize(2);
        }
    }

    @Test
    void exportTablePeriodFollowsTheTimeframeAndDefaultsToDaily() {
        try (Battle battle = open("tiny")) {
            assertThat(service.table(battle, ViewQuery.all()).name()).isEqualTo("summaries-daily");
            assertThat(service.table(battle, ViewQuery.all().withTimeframe(Timeframe.WEEKLY)).headers())
                    .contains("Week start", "Week end");
            assertThat(service.table(battle, ViewQuery.all().withTimeframe(Timeframe.MONTHLY)).rows()).hasSize(2);
        }
    }
}
