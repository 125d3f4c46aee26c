package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.quality.DailyExposure;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PlanAdherence;
import com.battlescope.analytics.quality.PnlSources;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.DataTable;
import com.battlescope.model.ModelPalette;
import com.battlescope.service.export.SvgChartWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Quality view's extra charts from figures set by hand. */
class QualityChartsTest {
    private static final ModelPalette PALETTE = new ModelPalette(List.of("a", "b"));

    private static ModelQuality model(String id, PlanAdherence plan) {
        return new ModelQuality(id, 0, 0, null, null, null, null, List.of(), null, plan, 0, 0, 0, null, 0, null, null);
    }

    private static ChartSeries series(ChartData c, String name) {
        return c.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void plansAreStackedSharesWithPlannedR() {
        QualityReport r = new QualityReport(1, 5, List.of(model("a", new PlanAdherence(10, 4, 3, 3, 1.5)),
                model("none", new PlanAdherence(0, 0, 0, 0, null)), model("b", new PlanAdherence(4, 1, 2, 1, 0.8))),
                List.of(), null, null);
        ChartData c = QualityCharts.plans(r);

        assertThat(c.categories()).containsExactly("a · R 1.50", "b · R 0.80"); // no plans, no bar
        assertThat(c.bars()).isEqualTo(ChartData.Bars.OVERLAID);
        // drawn in this order, so the lower segments lie on the taller ones
        assertThat(c.series()).extracting(ChartSeries::name).containsExactly("Neither", "Stop first", "Target first");
        assertThat(series(c, "Target first").y()).containsExactly(40.0, 25.0);  // 4/10, 1/4
        assertThat(series(c, "Stop first").y()).containsExactly(70.0, 75.0);    // (4+3)/10, (1+2)/4
        assertThat(series(c, "Neither").y()).containsExactly(100.0, 100.0);
        assertThat(series(c, "Stop first").labels().get(0)).isEqualTo("a: stop first 3 of 10 plans (30.00%), planned R 1.50");
    }

    @Test
    void exposureIsOneLinePerModelAtTheStartOfEachDay() {
        Map<String, List<DailyExposure>> byModel = new LinkedHashMap<>();
        byModel.put("a", List.of(new DailyExposure(LocalDate.of(2025, 1, 6), 24, 40.0, 75.0),
                new DailyExposure(LocalDate.of(2025, 1, 7), 24, 10.0, 25.0)));
        ChartData exposure = QualityCharts.exposure(byModel, false, PALETTE);
        ChartData inMarket = QualityCharts.exposure(byModel, true, PALETTE);

        assertThat(exposure.timeAxis()).isTrue();
        assertThat(exposure.series().get(0).x()).containsExactly(1736121600.0, 1736208000.0); // 2025-01-06/07 00:00 UTC
        assertThat(exposure.series().get(0).y()).containsExactly(40.0, 10.0);
        assertThat(inMarket.series().get(0).y()).containsExactly(75.0, 25.0);
        assertThat(exposure.toTable().rows().get(0)).containsExactly("2025-01-06", "a", "40.0");
    }

    private static final List<PnlSources.Row> ROWS = List.of(
            new PnlSources.Row("a", "hour", "03", 2, 1, 50, 1.0, 2),
            new PnlSources.Row("a", "hour", "17", 1, 0, -20, -2.0, 4),
            new PnlSources.Row("b", "hour", "17", 1, 1, 10, 1.0, 1),
            new PnlSources.Row("a", "weekday", "3 Wed", 3, 1, 30, 0.0, 3),
            new PnlSources.Row("a", "outcome", "winners", 1, 1, 50, 3.0, 6),
            new PnlSources.Row("a", "outcome", "losers", 2, 0, -20, -1.0, 1.5),
            new PnlSources.Row("b", "outcome", "winners", 1, 1, 10, 1.0, 1),
            new PnlSources.Row("a", "return", "2% to 5%", 2, 2, 40, 3.0, 2),
            new PnlSources.Row("a", "return", "below -5%", 1, 0, -10, -8.0, 2));

    @Test
    void pnlByHourAndWeekdayAreBarsPerModelAtTheirCategory() {
        ChartData hour = QualityCharts.pnl(ROWS, QualityCharts.PnlChart.HOUR, PALETTE);
        assertThat(hour.categories()).hasSize(24).startsWith("00", "01");
        assertThat(series(hour, "a").x()).containsExactly(3.0, 17.0);
        assertThat(series(hour, "a").y()).containsExactly(50.0, -20.0);
        assertThat(series(hour, "b").x()).containsExactly(17.0);
        assertThat(hour.bars()).isEqualTo(ChartData.Bars.SIDE_BY_SIDE);

        ChartData weekday = QualityCharts.pnl(ROWS, QualityCharts.PnlChart.WEEKDAY, PALETTE);
        assertThat(weekday.categories()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(series(weekday, "a").x()).containsExactly(2.0);
        assertThat(weekday.toTable().rows()).containsExactly(List.of("Wed", "a", "30.0"));
    }

    @Test
    void returnsCountTradesPerBucketAndDurationsCompareWinnersAndLosers() {
        ChartData returns = QualityCharts.pnl(ROWS, QualityCharts.PnlChart.RETURNS, PALETTE);
        assertThat(returns.categories()).containsExactly("below -5%", "-5% to -2%", "-2% to 0%", "0% to 2%",
                "2% to 5%", "5% and above");
        assertThat(series(returns, "a").x()).containsExactly(4.0, 0.0);
        assertThat(series(returns, "a").y()).containsExactly(2.0, 1.0);

        ChartData durations = QualityCharts.pnl(ROWS, QualityCharts.PnlChart.DURATIONS, PALETTE);
        assertThat(durations.categories()).containsExactly("a", "b");
        assertThat(series(durations, "Winners").x()).containsExactly(0.0, 1.0);
        assertThat(series(durations, "Winners").y()).containsExactly(6.0, 1.0);
        assertThat(series(durations, "Losers").x()).containsExactly(0.0);
        assertThat(series(durations, "Losers").y()).containsExactly(1.5);
    }

    @Test
    void barsAreWrittenAsFilledBarsFromZeroWithCategoryTicks() {
        String svg = SvgChartWriter.toSvg(QualityCharts.pnl(ROWS, QualityCharts.PnlChart.DURATIONS, PALETTE), 800,
                500);
        assertThat(svg).contains(">a<", ">b<", "data-series=\"Winners\"", " Z");
        assertThat(svg).containsPattern("data-series=\"Losers\"[^>]*fill=\"#C62828\"|fill=\"#C62828\"[^>]*data-series=\"Losers\"");
    }

    @Test
    void sectionsStackTablesUnderTheirOwnHeaders() {
        DataTable first = new DataTable("one", List.of("x", "y", "z"), List.of(List.of("1", "2", "3")));
        DataTable second = new DataTable("two", List.of("p", "q"), List.of(List.of("a", "b")));
        DataTable t = QualityViewModel.sections(first, List.of(second));

        assertThat(t.headers()).containsExactly("x", "y", "z");
        assertThat(t.rows()).containsExactly(List.of("1", "2", "3"), List.of("", "", ""),
                List.of("section", "two", ""), List.of("p", "q", ""), List.of("a", "b", ""));
    }
}
