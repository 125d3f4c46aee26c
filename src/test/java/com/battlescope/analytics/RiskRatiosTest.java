package com.battlescope.analytics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.battlescope.analytics.Fixtures.T0;
import static com.battlescope.analytics.Fixtures.dailyCurve;
import static com.battlescope.analytics.Fixtures.hourlyCurve;
import static com.battlescope.analytics.Fixtures.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskRatiosTest {

    private static final double EPS = 1e-9;

    // returns 0.1, 0.1, -0.1: mean/std = 1/sqrt(12)
    private static final double[] UP_UP_DOWN = {100, 110, 121, 108.9};

    @Test
    void engineSharpeIsMeanOverSampleStdTimesRoot252() {
        assertThat(RiskRatios.engineSharpe(hourlyCurve(UP_UP_DOWN))).isCloseTo(Math.sqrt(21), within(EPS));
    }

    @Test
    void engineSharpeIsNullWithOneReturn() {
        assertThat(RiskRatios.engineSharpe(hourlyCurve(100, 110))).isNull();
    }

    @Test
    void engineSharpeIsNullForFlatCurve() {
        assertThat(RiskRatios.engineSharpe(hourlyCurve(100, 100, 100, 100))).isNull();
    }

    @Test
    void engineSharpeIsNullForOnePointCurve() {
        assertThat(RiskRatios.engineSharpe(hourlyCurve(100))).isNull();
    }

    @Test
    void dailySharpeUsesLastSnapshotOfEachDay() {
        List<com.battlescope.model.HourlySnapshot> snaps = new ArrayList<>();
        for (int day = 0; day < UP_UP_DOWN.length; day++) {
            snaps.add(snap("m", T0.plusDays(day), 1));             // morning noise, ignored
            snaps.add(snap("m", T0.plusDays(day).plusHours(6), UP_UP_DOWN[day]));
        }
        assertThat(RiskRatios.dailySharpe(EquityCurve.of(snaps))).isCloseTo(Math.sqrt(21), within(EPS));
    }

    @Test
    void dailySharpeIsNullWithTwoDaysOnly() {
        assertThat(RiskRatios.dailySharpe(dailyCurve(100, 110))).isNull();
    }

    @Test
    void sampledSharpeAnnualisesHourlyReturnsBy8760() {
        assertThat(RiskRatios.sampledSharpe(hourlyCurve(UP_UP_DOWN))).isCloseTo(Math.sqrt(8760 / 12.0), within(EPS));
    }

    @Test
    void sampledSharpeAnnualisesDailyReturnsBy365() {
        assertThat(RiskRatios.sampledSharpe(dailyCurve(UP_UP_DOWN))).isCloseTo(Math.sqrt(365 / 12.0), within(EPS));
    }

    @Test
    void sortinoDividesByDownsideDeviationOverAllReturns() {
        assertThat(RiskRatios.sortino(hourlyCurve(UP_UP_DOWN))).isCloseTo(Math.sqrt(84), within(EPS));
    }

    @Test
    void sortinoIsNullWithoutLosingReturns() {
        assertThat(RiskRatios.sortino(hourlyCurve(100, 110, 120))).isNull();
    }

    @Test
    void volatilityIsSampleStdTimesRootOfRealPeriodsInPercent() {
        double std = Math.sqrt(0.04 / 3); // deviations 1/15, 1/15, -2/15
        assertThat(RiskRatios.annualVolatilityPct(hourlyCurve(UP_UP_DOWN)))
                .isCloseTo(std * Math.sqrt(8760) * 100, within(1e-7));
    }

    @Test
    void cagrCompoundsOverElapsedYears() {
        EquityCurve twoYears = EquityCurve.of(List.of(snap("m", T0, 100), snap("m", T0.plusDays(730), 121)));
        assertThat(RiskRatios.cagrPct(twoYears, 100)).isCloseTo(10.0, within(EPS));
    }

    @Test
    void cagrIsNullWithoutElapsedTime() {
        assertThat(RiskRatios.cagrPct(hourlyCurve(100), 100)).isNull();
    }

    @Test
    void calmarIsCagrOverMaxDrawdown() {
        assertThat(RiskRatios.calmar(10.0, 4.0)).isEqualTo(2.5);
    }

    @Test
    void calmarIsNullWithoutDrawdown() {
        assertThat(RiskRatios.calmar(10.0, 0.0)).isNull();
    }

    @Test
    void dailyClosesKeepLastEquityPerDay() {
        EquityCurve c = EquityCurve.of(List.of(snap("m", T0, 1), snap("m", T0.plusHours(1), 2),
                snap("m", T0.plusDays(1), 3)));
        assertThat(RiskRatios.dailyCloses(c)).containsExactly(2, 3);
    }
}
