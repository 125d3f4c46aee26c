package com.battlescope.analytics;

import com.battlescope.model.Standing;
import org.junit.jupiter.api.Test;

import static com.battlescope.analytics.Fixtures.hourly;
import static com.battlescope.analytics.Fixtures.hourlyCurve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurveMetricsTest {

    @Test
    void totalReturnIsMeasuredAgainstInitialCapitalNotFirstSnapshot() {
        CurveMetrics m = CurveMetrics.of(hourly("m", 110, 120), 100);
        assertThat(m.totalReturnPct()).isEqualTo(20.0);
        assertThat(m.totalReturnDollars()).isEqualTo(20.0);
    }

    @Test
    void onePointCurveHasNullRatiosAndZeroDrawdown() {
        CurveMetrics m = CurveMetrics.of(hourly("m", 100), 100);
        assertThat(m.sharpeRatio()).isNull();
        assertThat(m.sortinoRatio()).isNull();
        assertThat(m.maxDrawdownPct()).isZero();
    }

    @Test
    void carriesTheEngineAndTrueDrawdownPercents() {
        CurveMetrics m = CurveMetrics.of(hourly("m", 100, 50, 1000, 800), 100);
        assertThat(m.maxDrawdownPct()).isEqualTo(50.0);
        assertThat(m.engineMaxDrawdownPct()).isEqualTo(20.0);
        assertThat(m.maxDrawdownDollars()).isEqualTo(200.0);
    }

    @Test
    void emptyCurveIsRejected() {
        assertThatThrownBy(() -> CurveMetrics.of(hourly("m"), 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void initialCapitalPrefersOverride() {
        assertThat(InitialCapital.resolve(5.0, standing(), hourlyCurve(100))).isEqualTo(5.0);
    }

    @Test
    void initialCapitalFallsBackToStandingThenFirstSnapshot() {
        assertThat(InitialCapital.resolve(null, standing(), hourlyCurve(100))).isEqualTo(1000.0);
        assertThat(InitialCapital.resolve(null, null, hourlyCurve(100, 90))).isEqualTo(100.0);
    }

    private static Standing standing() {
        return new Standing("m", 10, 100, 1100, null, null, 0, null, null, 0, 0, null);
    }
}
