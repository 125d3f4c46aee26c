package com.battlescope.analytics;

import com.battlescope.analytics.Drawdowns.DrawdownPeriod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.battlescope.analytics.Fixtures.T0;
import static com.battlescope.analytics.Fixtures.dailyCurve;
import static com.battlescope.analytics.Fixtures.hourlyCurve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrawdownsTest {

    // periods: 100->90 (10 %, recovered day 3), 120->60 (50 %, recovered day 6), 130->104 (20 %, open)
    private static final EquityCurve THREE_DRAWDOWNS = dailyCurve(100, 90, 95, 100, 120, 60, 130, 104);

    @Test
    void contractExampleTrueMaxPercentIs50() {
        assertThat(Drawdowns.max(hourlyCurve(100, 50, 1000, 800)).maxPct()).isEqualTo(50.0);
    }

    @Test
    void contractExampleEnginePercentIs20() {
        assertThat(Drawdowns.max(hourlyCurve(100, 50, 1000, 800)).engineMaxPct()).isEqualTo(20.0);
    }

    @Test
    void contractExampleDollarsIs200() {
        assertThat(Drawdowns.max(hourlyCurve(100, 50, 1000, 800)).maxDollars()).isEqualTo(200.0);
    }

    @Test
    void flatCurveHasZeroDrawdown() {
        assertThat(Drawdowns.max(hourlyCurve(100, 100, 100))).isEqualTo(new Drawdowns.MaxDrawdown(0, 0, 0));
    }

    @Test
    void onePointCurveHasZeroDrawdown() {
        assertThat(Drawdowns.max(hourlyCurve(100))).isEqualTo(new Drawdowns.MaxDrawdown(0, 0, 0));
    }

    @Test
    void underwaterCurveIsNegativePercentBelowPeak() {
        assertThat(Drawdowns.underwater(hourlyCurve(100, 50, 1000, 800)))
                .extracting(Drawdowns.UnderwaterPoint::drawdownPct).containsExactly(0.0, -50.0, 0.0, -20.0);
    }

    @Test
    void periodsCloseWhenEquityRegainsThePeak() {
        DrawdownPeriod first = Drawdowns.periods(THREE_DRAWDOWNS).get(0);
        assertThat(first).isEqualTo(new DrawdownPeriod(stampDay(0), stampDay(1), stampDay(3), 10.0, 3));
    }

    @Test
    void lastPeriodIsNotRecoveredAndRunsToLastSnapshot() {
        DrawdownPeriod last = Drawdowns.periods(THREE_DRAWDOWNS).get(2);
        assertThat(last).isEqualTo(new DrawdownPeriod(stampDay(6), stampDay(7), null, 20.0, 1));
    }

    @Test
    void worstPeriodsAreSortedByDepthAndLimited() {
        List<DrawdownPeriod> worst = Drawdowns.worst(THREE_DRAWDOWNS, 2);
        assertThat(worst).extracting(DrawdownPeriod::depthPct).containsExactly(50.0, 20.0);
    }

    @Test
    void troughIsTheDeepestPointOfThePeriod() {
        DrawdownPeriod p = Drawdowns.periods(dailyCurve(100, 80, 70, 90, 100)).get(0);
        assertThat(p.trough()).isEqualTo(stampDay(2));
    }

    @Test
    void flatCurveHasNoDrawdownPeriods() {
        assertThat(Drawdowns.periods(hourlyCurve(100, 100, 100))).isEmpty();
    }

    @Test
    void timeUnderWaterCountsSnapshotsBelowPeak() {
        Drawdowns.TimeUnderWater t = Drawdowns.timeUnderWater(THREE_DRAWDOWNS);
        assertThat(t.snapshotsUnderWater()).isEqualTo(4);
        assertThat(t.pctOfSnapshots()).isCloseTo(50.0, within(1e-12));
        assertThat(t.longestDays()).isEqualTo(3);
    }

    private static com.battlescope.model.Stamp stampDay(int day) {
        return com.battlescope.model.Stamp.of(T0.plusDays(day));
    }
}
