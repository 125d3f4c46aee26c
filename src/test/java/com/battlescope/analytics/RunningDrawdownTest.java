package com.battlescope.analytics;

import static com.battlescope.analytics.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.analytics.Drawdowns.DrawdownPeriod;
import com.battlescope.model.Stamp;
import org.junit.jupiter.api.Test;

class RunningDrawdownTest {
    private static Stamp day(int d) {
        return Stamp.of(T0.plusDays(d));
    }

    @Test
    void eachPointIsMeasuredFromTheRunningPeak() {
        RunningDrawdown r = new RunningDrawdown();
        assertThat(r.add(day(0), 100)).isEqualTo(0.0);
        assertThat(r.add(day(1), 110)).isEqualTo(0.0);
        // 99 is 11 below the peak of 110: -10 %
        assertThat(r.add(day(2), 99)).isEqualTo(-10.0);
        assertThat(r.add(day(3), 104.5)).isEqualTo(-5.0);
        assertThat(r.add(day(4), 121)).isEqualTo(0.0);
        // 96.8 is 24.2 below 121: -20 %
        assertThat(r.add(day(5), 96.8)).isEqualTo(-20.0, within(1e-12));
    }

    @Test
    void aRecoveryClosesThePeriodAndANewFallOpensAnother() {
        RunningDrawdown r = new RunningDrawdown();
        r.add(day(0), 100);
        r.add(day(1), 80);
        r.add(day(2), 90);
        assertThat(r.open()).isEqualTo(new DrawdownPeriod(day(0), day(1), null, 20.0, 2));
        assertThat(r.takeClosed()).isEmpty();

        r.add(day(3), 100);
        assertThat(r.open()).isNull();
        assertThat(r.takeClosed()).containsExactly(new DrawdownPeriod(day(0), day(1), day(3), 20.0, 3));
        assertThat(r.takeClosed()).as("taken once").isEmpty();

        r.add(day(4), 75);
        assertThat(r.open()).isEqualTo(new DrawdownPeriod(day(3), day(4), null, 25.0, 1));
        assertThat(r.lastTime()).isEqualTo(day(4));
    }

    @Test
    void aCopyGoesOnAloneWhileTheOriginalStays() {
        RunningDrawdown r = new RunningDrawdown();
        r.add(day(0), 200);
        r.add(day(1), 150);
        RunningDrawdown copy = r.copy();
        assertThat(copy.add(day(2), 100)).isEqualTo(-50.0);
        assertThat(copy.open().depthPct()).isEqualTo(50.0);
        assertThat(r.open()).isEqualTo(new DrawdownPeriod(day(0), day(1), null, 25.0, 1));
        assertThat(r.lastTime()).isEqualTo(day(1));
        // the original continues from its own peak of 200
        assertThat(r.add(day(2), 180)).isEqualTo(-10.0);
    }
}
