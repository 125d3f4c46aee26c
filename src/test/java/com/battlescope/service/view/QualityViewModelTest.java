package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.quality.CalibrationBin;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.PlanAdherence;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.analytics.quality.SplitMoment;
import com.battlescope.model.ChartData;
import com.battlescope.model.ChartSeries;
import com.battlescope.model.ModelPalette;
import com.battlescope.model.Stamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Quality view's content without JavaFX. */
class QualityViewModelTest {

    private static ModelQuality model(String id, List<CalibrationBin> bins, Double brier, Double ece) {
        return new ModelQuality(id, 10, 9, 0.5, 0.1, brier, ece, bins, null, new PlanAdherence(4, 1, 2, 1, 1.5),
                3, 2, 5, 0.4, 1, -0.2, 50.0);
    }

    private static List<CalibrationBin> bins(int bin, int n, double meanC, double hit) {
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            out.add(b == bin ? new CalibrationBin(b / 10.0, (b + 1) / 10.0, n, meanC, hit)
                    : new CalibrationBin(b / 10.0, (b + 1) / 10.0, 0, null, null));
        }
        return out;
    }

    private static QualityReport report() {
        SplitMoment older = new SplitMoment("AAPL", Stamp.parse("2025-01-06 10:00:00"), 2, 1, 0.01,
                List.of(new SplitMoment.Take("a", 1, 0.01), new SplitMoment.Take("b", -1, -0.01)));
        SplitMoment newer = new SplitMoment("MSFT", Stamp.parse("2025-01-06 11:00:00+02:00"), 1, 1, null,
                List.of(new SplitMoment.Take("a", -1, null), new SplitMoment.Take("b", 1, null)));
        SplitMoment newest = new SplitMoment("AAPL", Stamp.parse("2025-01-06 09:30:00"), 1, 2, -0.02, List.of());
        return new QualityReport(24, 5, List.of(model("a", bins(7, 4, 0.75, 0.5), 0.3, 0.25),
                model("b", bins(0, 0, 0, 0), null, null)), List.of(older, newest, newer), 0.5, 0.5);
    }

    @Test
    void reliabilityDiagramInPercentWithTheDiagonal() {
        ChartData chart = QualityViewModel.calibration(report(), new ModelPalette(List.of("a", "b")));
        assertThat(chart.title()).contains("1d");
        assertThat(chart.series()).extracting(ChartSeries::name)
                .containsExactly(QualityViewModel.PERFECT, "a · Brier 0.30 · ECE 0.25"); // b has no calibrated bin
        ChartSeries a = chart.series().get(1);
        assertThat(a.x()[0]).isCloseTo(75.0, within(1e-12));
        assertThat(a.y()[0]).isCloseTo(50.0, within(1e-12));
        assertThat(a.labels().get(0)).contains("4 decisions");
        assertThat(QualityViewModel.binCounts(report()).get(1)).containsExactly(4);
    }

    @Test
    void splitsNewestFirstByInstantAndSummarised() {
        List<SplitMoment> ordered = QualityViewModel.newestFirst(report());
        // 11:00+02:00 is 09:00 UTC, before 09:30 and 10:00
        assertThat(ordered).extracting(s -> s.time().text())
                .containsExactly("2025-01-06 10:00:00", "2025-01-06 09:30:00", "2025-01-06 11:00:00+02:00");
        assertThat(QualityViewModel.splitTable(report()).rows().get(0)).containsExactly("2025-01-06 10:00:00",
                "AAPL", "a ✓", "b ✗", "1.00%", "right");
        assertThat(QualityViewModel.splitSummary(report()))
                .isEqualTo("Majority right 50.00% · minority right 50.00% of 3 split moments (ties left out)");
    }

    @Test
    void modelTableShowsPlansAsShares() {
        var t = QualityViewModel.modelTable(report());
        int target = t.headers().indexOf("Target first");
        assertThat(t.rows().get(0).get(target)).isEqualTo("25.00%");
        assertThat(t.rows().get(0).get(t.headers().indexOf("Right at splits"))).isEqualTo("66.67%");
        assertThat(t.rows().get(1).get(t.headers().indexOf("Brier"))).isEqualTo("—");
    }
}
