package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.ModelPalette;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquityChartTest {
    /** 2025-01-06 10:00:00 as epoch seconds (UTC, i.e. as written). */
    private static final double T10 = 1736157600;
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private final ChartService service = new ChartService();

    /**
     * a: 1000, 1100, 990 on the hour; b: 2000, 1800, 2200 thirty seconds later. Prices: X 10 at 09:59, 12 at
     * 11:00:10; Y 50 at 10:30, 40 at 12:00; Z never has a price.
     */
    private SyntheticFolder twoModels() {
        return SyntheticFolder.create(tmp.resolve("two"))
                .snapshot("a", "2025-01-06 10:00:00", 1000).snapshot("a", "2025-01-06 11:00:00", 1100)
                .snapshot("a", "2025-01-06 12:00:00", 990)
                .snapshot("b", "2025-01-06 10:00:30", 2000).snapshot("b", "2025-01-06 11:00:30", 1800)
                .snapshot("b", "2025-01-06 12:00:30", 2200)
                .decision("a", "X", "2025-01-06 09:59:00", 10.0).decision("b", "Y", "2025-01-06 10:30:00", 50.0)
                .decision("a", "Z", "2025-01-06 10:40:00", null).decision("a", "X", "2025-01-06 11:00:10", 12.0)
                .decision("b", "Y", "2025-01-06 12:00:00", 40.0).decision("b", "X", "2025-01-06 12:30:00", null);
    }

    @Test
    void dollarsAreTheEquityAtTheTimesAsWritten() {
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all());

            assertThat(chart.id()).isEqualTo("equity");
            assertThat(chart.xLabel()).isEqualTo("Time");
            assertThat(chart.yLabel()).isEqualTo("Equity ($)");
            assertThat(chart.timeAxis()).isTrue();
            assertThat(chart.logY()).isFalse();
            assertThat(chart.invertedY()).isFalse();
            assertThat(chart.series()).extracting(ChartSeries::name).containsExactly("a", "b");
            ChartSeries a = chart.series().get(0);
            assertThat(a.y()).containsExactly(1000, 1100, 990);
            assertThat(a.x()).containsExactly(T10, T10 + 3600, T10 + 7200);
            assertThat(a.labels()).containsExactly("2025-01-06 10:00:00", "2025-01-06 11:00:00", "2025-01-06 12:00:00");
            assertThat(a.color()).isEqualTo(ModelPalette.PALETTE.get(0));
            assertThat(chart.series().get(1).color()).isEqualTo(ModelPalette.PALETTE.get(1));
            assertThat(chart.series().get(1).x()[0]).isEqualTo(T10 + 30);
        }
    }

    @Test
    void percentIsTheChangeSinceEachModelsFirstPointInTheRange() {
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData all = service.equity(battle, ViewQuery.all().withScale(EquityScale.PERCENT));
            assertThat(all.yLabel()).isEqualTo("Return since start (%)");
            assertThat(all.valueName()).isEqualTo("return_pct");
            assertThat(all.series().get(0).y()).containsExactly(new double[] {0, 10, -1}, within(EPS));
            assertThat(all.series().get(1).y()).containsExactly(new double[] {0, -10, 10}, within(EPS));

            ViewQuery late = ViewQuery.all().withScale(EquityScale.PERCENT)
                    .withRange(TimeRange.parse("2025-01-06 11:00:00", null));
            ChartData part = service.equity(battle, late);
            assertThat(part.series().get(0).y()).containsExactly(new double[] {0, -10}, within(EPS));
            assertThat(part.series().get(1).y()).containsExactly(new double[] {0, 400.0 / 1800 * 100}, within(EPS));
        }
    }

    @Test
    void logKeepsDollarsOnALogAxis() {
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all().withScale(EquityScale.LOG));
            assertThat(chart.logY()).isTrue();
            assertThat(chart.yLabel()).isEqualTo("Equity ($, log scale)");
            assertThat(chart.series().get(1).y()).containsExactly(2000, 1800, 2200);
        }
    }

    @Test
    void onlyTheQueriedModelsAreShown() {
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all().withModels(List.of("b", "nobody")));
            assertThat(chart.series()).extracting(ChartSeries::name).containsExactly("b");
            assertThat(chart.series().get(0).color()).as("colour by the battle's models, not the shown ones")
                    .isEqualTo(ModelPalette.PALETTE.get(1));
        }
    }

    @Test
    void benchmarkBuysEachSymbolWhenItFirstHasAPrice() {
        // capital (1000 + 2000) / 2 = 1500, 750 per priced symbol (X, Y; Z never has a price).
        // 10:00:30: X 75 shares at 10 = 750, Y not priced yet = 750 cash       -> 1500
        // 11:00:30: X 75 x 12 = 900, Y bought: 15 shares at 50 = 750             -> 1650
        // 12:00:30: X 75 x 12 = 900, Y 15 x 40 = 600                              -> 1500
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all().withBenchmark(true));
            assertThat(chart.series()).extracting(ChartSeries::name).containsExactly("a", "b", ChartService.BENCHMARK);
            ChartSeries bench = chart.series().get(2);
            assertThat(bench.color()).isEqualTo(ModelPalette.BENCHMARK);
            assertThat(bench.y()).containsExactly(new double[] {1500, 1650, 1500}, within(EPS));
            assertThat(bench.labels()).containsExactly("2025-01-06 10:00:30", "2025-01-06 11:00:30",
                    "2025-01-06 12:00:30");

            ChartData pct = service.equity(battle, ViewQuery.all().withBenchmark(true).withScale(EquityScale.PERCENT));
            assertThat(pct.series().get(2).y()).containsExactly(new double[] {0, 10, 0}, within(EPS));
        }
    }

    @Test
    void benchmarkInALaterRangeStartsWithTheLastKnownPrices() {
        // capital still 1500 (first snapshots before the range); 11:00:30: X at 12 -> 62.5 shares, Y at 50 -> 15
        // 12:00:30: 62.5 x 12 + 15 x 40 = 750 + 600 = 1350
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all().withBenchmark(true)
                    .withRange(TimeRange.parse("2025-01-06 11:00:00", null)));
            assertThat(chart.series().get(2).y()).containsExactly(new double[] {1500, 1350}, within(EPS));
        }
    }

    @Test
    void benchmarkCapitalComesFromTheStandings() {
        // a started with 990 - (-110) = 1100, b without standing with its first snapshot 2000: capital 1550
        try (Battle battle = new BattleService().open(twoModels().standing("a", 990, -110).dir())) {
            ChartData chart = service.equity(battle, ViewQuery.all().withBenchmark(true));
            assertThat(chart.series().get(2).y()[0]).isCloseTo(1550, within(EPS));
        }
    }

    @Test
    void noPricesMeansNoBenchmarkLine() {
        SyntheticFolder folder = SyntheticFolder.create(tmp.resolve("plain"))
                .snapshot("a", "2025-01-06 10:00:00", 1000).snapshot("a", "2025-01-06 11:00:00", 1100);
        try (Battle battle = new BattleService().open(folder.dir())) {
            assertThat(service.equity(battle, ViewQuery.all().withBenchmark(true)).series()).hasSize(1);
        }
    }

    @Test
    void tinyFixtureCurvesSummaryAndBenchmark() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            EquityChart result = service.equityChart(battle, ViewQuery.all().withBenchmark(true));
            List<ChartSeries> series = result.chart().series();
            assertThat(series).extracting(ChartSeries::name)
                    .containsExactly("claude-sonnet-3.5", "gpt-4o", ChartService.BENCHMARK);
            assertThat(series).extracting(ChartSeries::size).containsExactly(21, 21, 21);
            assertThat(series.get(1).y()[20]).isEqualTo(100324.28);
            assertThat(series.get(1).labels().get(20)).isEqualTo("2025-01-08 16:04:33.607576");

            // capital 100,000 from both standings; 50,000 per symbol. MSFT is priced at the first round
            // (200.6 at 10:03:36), AAPL enters at 11:04 (178.16 at 11:01:05).
            ChartSeries bench = series.get(2);
            assertThat(bench.labels().get(0)).isEqualTo("2025-01-06 10:04:55.089078");
            assertThat(bench.y()[0]).isCloseTo(100000, within(1e-6));
            assertThat(bench.y()[1]).isCloseTo(100000, within(1e-6));
            // 12:04:44: MSFT 200.74 (12:02:21), AAPL 177.36 (12:01:07)
            assertThat(bench.y()[2]).isCloseTo(50000 * 200.74 / 200.6 + 50000 * 177.36 / 178.16, within(1e-6));
            // last round 01-08 16:04:36: MSFT 199.67 (16:01:55), AAPL 179.84 (16:02:14)
            assertThat(bench.y()[20]).isCloseTo(50000 * 199.67 / 200.6 + 50000 * 179.84 / 178.16, within(1e-6));

            EquitySummary summary = result.summary();
            assertThat(summary.highest().modelId()).isEqualTo("gpt-4o");
            assertThat(summary.highest().finalEquity()).isEqualTo(100324.28);
            assertThat(summary.highest().returnPct()).isCloseTo(0.32428, within(1e-9));
            assertThat(summary.lowest().modelId()).isEqualTo("claude-sonnet-3.5");
            assertThat(summary.lowest().returnPct()).isCloseTo(-0.37292, within(1e-9));
            assertThat(summary.text()).isEqualTo(
                    "Highest: gpt-4o $100,324.28 (+0.32 %)   Lowest: claude-sonnet-3.5 $99,627.08 (-0.37 %)");
        }
    }

    @Test
    void emptyRangeGivesNoSeriesAndAnEmptySummary() {
        try (Battle battle = new BattleService().open(Fixtures.copy("tiny", tmp))) {
            EquityChart result = service.equityChart(battle, ViewQuery.all().withBenchmark(true)
                    .withRange(TimeRange.parse("2030-01-01", null)));
            assertThat(result.chart().series()).isEmpty();
            assertThat(result.summary().isEmpty()).isTrue();
            assertThat(result.summary().text()).isEqualTo("No snapshots in the range");
        }
    }

    @Test
    void tableIsOneRowPerPointWithTheStoredTime() {
        try (Battle battle = new BattleService().open(twoModels().dir())) {
            DataTable table = service.equity(battle, ViewQuery.all()).toTable();
            assertThat(table.headers()).containsExactly("time", "model", "equity");
            assertThat(table.rows()).hasSize(6);
            assertThat(table.rows().get(0)).containsExactly("2025-01-06 10:00:00", "a", "1000.0");
        }
    }
}
