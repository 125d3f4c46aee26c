package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveChartsTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private final ChartService service = new ChartService();

    /** a: 100, 80, 90 (under water since day 1); b: 200, 210. */
    private SyntheticFolder folder() {
        return SyntheticFolder.create(tmp.resolve("f"))
                .snapshot("a", "2025-01-06 16:00:00", 100).snapshot("a", "2025-01-07 16:00:00", 80)
                .snapshot("a", "2025-01-08 16:00:00", 90)
                .snapshot("b", "2025-01-06 16:00:00", 200).snapshot("b", "2025-01-07 16:00:00", 210);
    }

    /** a: 72, then 110 (recovers from 100); b: 189. */
    private static void appendRows(SyntheticFolder f) {
        f.snapshot("a", "2025-01-09 16:00:00", 72).snapshot("b", "2025-01-08 16:00:00", 189)
                .snapshot("a", "2025-01-10 16:00:00", 110);
    }

    @Test
    void appendedPercentCurvesAndSummaryAreWhatAReloadGives() {
        SyntheticFolder f = folder();
        try (Battle battle = new BattleService().open(f.dir())) {
            ViewQuery q = ViewQuery.all().withScale(EquityScale.PERCENT);
            EquityChart before = service.equityChart(battle, q);
            long maxId = battle.maxSnapshotId();
            appendRows(f);
            List<HourlySnapshot> rows = battle.snapshotsAfterId(maxId);

            EquityChart appended = LiveCharts.appendEquity(before, q, rows).orElseThrow();

            ChartSeries a = appended.chart().series().get(0);
            // hand-checked: 72 and 110 against a's first point of 100
            assertThat(a.y()).containsExactly(new double[] {0, -20, -10, -28, 10}, within(EPS));
            assertThat(a.labels()).endsWith("2025-01-09 16:00:00", "2025-01-10 16:00:00");
            assertThat(appended.summary().text())
                    .isEqualTo("Highest: a $110.00 (+10.00 %)   Lowest: b $189.00 (-5.50 %)");
            assertSameChart(appended.chart(), service.equityChart(battle, q).chart());
            assertThat(appended.summary()).isEqualTo(service.equityChart(battle, q).summary());
        }
    }

    @Test
    void appendedUnderwaterCurvesAndWorstDrawdownsAreWhatAReloadGives() {
        SyntheticFolder f = folder();
        try (Battle battle = new BattleService().open(f.dir())) {
            ViewQuery q = ViewQuery.all();
            DrawdownChart before = service.drawdownChart(battle, q);
            long maxId = battle.maxSnapshotId();
            appendRows(f);

            DrawdownChart appended = LiveCharts.appendDrawdown(before, q, battle.snapshotsAfterId(maxId))
                    .orElseThrow();

            // hand-checked: a's running peak stays 100 until 110; b falls 21 from 210
            assertThat(appended.chart().series().get(0).y()).containsExactly(new double[] {0, -20, -10, -28, 0},
                    within(EPS));
            assertThat(appended.chart().series().get(1).y()).containsExactly(new double[] {0, 0, -10}, within(EPS));
            assertThat(appended.worst()).extracting(r -> String.format(java.util.Locale.US, "%s %.6f %s", r.modelId(),
                    r.period().depthPct(), r.period().recovered())).containsExactly("a 28.000000 true",
                    "b 10.000000 false");
            DrawdownChart reloaded = service.drawdownChart(battle, q);
            assertSameChart(appended.chart(), reloaded.chart());
            assertThat(appended.worst()).isEqualTo(reloaded.worst());
        }
    }

    @Test
    void rowsThatDoNotOnlyAppendAskForAReload() {
        SyntheticFolder f = folder();
        try (Battle battle = new BattleService().open(f.dir())) {
            EquityChart equity = service.equityChart(battle, ViewQuery.all());
            DrawdownChart drawdown = service.drawdownChart(battle, ViewQuery.all());
            long maxId = battle.maxSnapshotId();
            f.snapshot("c", "2025-01-09 16:00:00", 50);
            List<HourlySnapshot> newModel = battle.snapshotsAfterId(maxId);
            assertThat(LiveCharts.appendEquity(equity, ViewQuery.all(), newModel)).isEmpty();
            assertThat(LiveCharts.appendDrawdown(drawdown, ViewQuery.all(), newModel)).isEmpty();

            ViewQuery withBenchmark = ViewQuery.all().withBenchmark(true);
            assertThat(LiveCharts.appendEquity(equity, withBenchmark, List.of())).isEmpty();
        }
    }

    @Test
    void noNewSnapshotsKeepTheSeriesAsTheyAre() {
        try (Battle battle = new BattleService().open(folder().dir())) {
            EquityChart equity = service.equityChart(battle, ViewQuery.all());
            EquityChart same = LiveCharts.appendEquity(equity, ViewQuery.all(), List.of()).orElseThrow();
            assertThat(same.chart().series()).isEqualTo(equity.chart().series());
        }
    }

    private static void assertSameChart(ChartData actual, ChartData expected) {
        assertThat(actual.series()).hasSameSizeAs(expected.series());
        for (int i = 0; i < expected.series().size(); i++) {
            ChartSeries a = actual.series().get(i);
            ChartSeries e = expected.series().get(i);
            assertThat(a.name()).isEqualTo(e.name());
            assertThat(a.color()).isEqualTo(e.color());
            assertThat(a.x()).containsExactly(e.x());
            assertThat(a.y()).containsExactly(e.y());
            assertThat(a.labels()).isEqualTo(e.labels());
        }
        assertThat(new ChartData(actual.id(), actual.title(), actual.xLabel(), actual.yLabel(), actual.timeAxis(),
                actual.invertedY(), actual.logY(), actual.valueName(), List.of()))
                .isEqualTo(new ChartData(expected.id(), expected.title(), expected.xLabel(), expected.yLabel(),
                        expected.timeAxis(), expected.invertedY(), expected.logY(), expected.valueName(), List.of()));
    }
}
