package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawdownChartTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private final ChartService service = new ChartService();

    /** c, daily: 100, 80, 90, 100 (recovered after 3 days), 120, 60 (not recovered). */
    private Path daily() {
        return SyntheticFolder.create(tmp.resolve("daily"))
                .snapshot("c", "2025-01-06 16:00:00", 100).snapshot("c", "2025-01-07 16:00:00", 80)
                .snapshot("c", "2025-01-08 16:00:00", 90).snapshot("c", "2025-01-09 16:00:00", 100)
                .snapshot("c", "2025-01-10 16:00:00", 120).snapshot("c", "2025-01-11 16:00:00", 60).dir();
    }

    @Test
    void underwaterIsZeroAtPeaksAndNegativeBelow() {
        try (Battle battle = new BattleService().open(daily())) {
            ChartData chart = service.drawdown(battle, ViewQuery.all());
            assertThat(chart.id()).isEqualTo("drawdown");
            assertThat(chart.yLabel()).isEqualTo("Drawdown from peak (%)");
            assertThat(chart.valueName()).isEqualTo("drawdown_pct");
            assertThat(chart.series()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("c");
                assertThat(s.y()).containsExactly(new double[] {0, -20, -10, 0, 0, -50}, within(EPS));
            });
        }
    }

    @Test
    void worstPeriodsDeepestFirstWithTheirSpan() {
        try (Battle battle = new BattleService().open(daily())) {
            DrawdownChart chart = service.drawdownChart(battle, ViewQuery.all());
            List<DrawdownRow> worst = chart.worst();
            assertThat(worst).hasSize(2);
            DrawdownRow deepest = worst.get(0);
            assertThat(deepest.period().depthPct()).isCloseTo(50, within(EPS));
            assertThat(deepest.period().recovered()).isFalse();
            assertThat(deepest.fromX()).isEqualTo(Stamp.parse("2025-01-10 16:00:00").epochSecondsAsWritten());
            assertThat(deepest.toX()).as("to the last point when not recovered")
                    .isEqualTo(Stamp.parse("2025-01-11 16:00:00").epochSecondsAsWritten());
            assertThat(worst.get(1).toX()).isEqualTo(Stamp.parse("2025-01-09 16:00:00").epochSecondsAsWritten());

            DataTable table = service.worstDrawdowns(battle, ViewQuery.all());
            assertThat(table.headers())
                    .containsExactly("model", "peak", "trough", "recovery", "depth_pct", "length_days");
            assertThat(table.rows()).containsExactly(
                    List.of("c", "2025-01-10 16:00:00", "2025-01-11 16:00:00", "not recovered", "50.0", "1"),
                    List.of("c", "2025-01-06 16:00:00", "2025-01-07 16:00:00", "2025-01-09 16:00:00", "20.0", "3"));
        }
    }

    @Test
    void tinyFixtureDrawdowns() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            DrawdownChart chart = service.drawdownChart(battle, ViewQuery.all().withModels(List.of("claude-sonnet-3.5")));
            ChartSeries claude = chart.chart().series().get(0);
            assertThat(chart.chart().series()).hasSize(1);
            assertThat(claude.size()).isEqualTo(21);
            // 5th point: 99,809.10 below the peak 100,132.05 of 13:04
            assertThat(claude.y()[3]).isZero();
            assertThat(claude.y()[4]).isCloseTo((99809.1 - 100132.05) / 100132.05 * 100, within(EPS));
            assertThat(claude.y()[9]).as("new high 100,307.87").isZero();

            // deepest: 100,307.87 (01-07 12:04) down to 99,594.81 (01-08 15:04), the standing's max drawdown
            assertThat(chart.worstTable().rows()).containsExactly(
                    List.of("claude-sonnet-3.5", "2025-01-07 12:04:59.448750", "2025-01-08 15:04:29.071207",
                            "not recovered", Double.toString((100307.87 - 99594.81) / 100307.87 * 100), "1"),
                    List.of("claude-sonnet-3.5", "2025-01-06 13:04:43.825651", "2025-01-06 14:04:13.702024",
                            "2025-01-07 12:04:59.448750", Double.toString((100132.05 - 99809.1) / 100132.05 * 100),
                            "1"));
            assertThat(chart.worst().get(0).period().depthPct()).as("the standing's figure, from unrounded equities")
                    .isCloseTo(0.71087998681754, within(1e-4));
        }
    }

    @Test
    void atMostTenPeriodsPerModel() {
        SyntheticFolder f = SyntheticFolder.create(tmp.resolve("saw"));
        List<String> times = new java.util.ArrayList<>();
        double[] eq = new double[30];
        for (int i = 0; i < 30; i++) {
            times.add(Stamp.format(java.time.LocalDateTime.of(2025, 1, 6, 0, 0).plusHours(i)));
            eq[i] = i % 2 == 0 ? 100 + i : 90 + i; // 100, 91, 102, 93, ...: a new peak after each dip, 15 dips
        }
        f.snapshots("saw", times, eq);
        try (Battle battle = new BattleService().open(f.dir())) {
            List<DrawdownRow> worst = service.drawdownChart(battle, ViewQuery.all()).worst();
            assertThat(worst).hasSize(10);
            assertThat(worst.get(0).period().depthPct()).isCloseTo(9.0 / 100 * 100, within(EPS));
            assertThat(worst.get(9).period().depthPct()).isCloseTo(9.0 / 118 * 100, within(EPS));
        }
    }
}
