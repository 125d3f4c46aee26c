package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PricePathTest {
    private static final long H = 3_600_000_000L;
    /** 10:00 100, 10:30 101, 11:00 102, 12:00 111, 13:00 105 (as hours from 0). */
    private final PricePath path = new PricePath(new long[] {10 * H, 10 * H + H / 2, 11 * H, 12 * H, 13 * H},
            new double[] {100, 101, 102, 111, 105});

    @Test
    void forwardIsTheFirstObservationAtOrAfterTheHorizon() {
        double[] f = path.forwardReturns(new long[] {10 * H, 10 * H + 1, 12 * H + 1, 13 * H},
                new double[] {100, 100, 111, 105}, H);
        assertThat(f[0]).isCloseTo(0.02, within(1e-15));           // exactly 11:00 → 102
        assertThat(f[1]).isCloseTo(111 / 100.0 - 1, within(1e-15)); // just after 10:00 → 12:00's 111
        assertThat(f[2]).isNaN();                                  // nothing at or after 13:00:00.000001
        assertThat(f[3]).isNaN();
    }

    @Test
    void noForwardWithoutAPrice() {
        assertThat(path.forwardReturns(new long[] {10 * H, 10 * H}, new double[] {Double.NaN, 0}, H))
                .containsOnly(Double.NaN);
    }

    @Test
    void planLevelsReachedFirst() {
        int start = path.firstAfter(10 * H, 0);
        assertThat(start).isEqualTo(1);
        assertThat(path.planOutcome(start, 10 * H, +1, 110, 95)).isEqualTo(PricePath.TARGET_FIRST);
        assertThat(path.planOutcome(start, 10 * H, +1, 120, 101)).isEqualTo(PricePath.STOP_FIRST);
        assertThat(path.planOutcome(start, 10 * H, -1, 90, 104)).isEqualTo(PricePath.STOP_FIRST);
        assertThat(path.planOutcome(start, 10 * H, -1, 101, 120)).isEqualTo(PricePath.TARGET_FIRST);
        assertThat(path.planOutcome(start, 10 * H, +1, 200, 50)).isEqualTo(PricePath.NEITHER);
        // the price at the decision's own time does not count; the walk stops after five days
        assertThat(path.planOutcome(path.firstAfter(13 * H, 0), 13 * H, +1, 106, 90)).isEqualTo(PricePath.NEITHER);
        PricePath late = new PricePath(new long[] {0, 120 * H, 120 * H + 1}, new double[] {100, 100, 200});
        assertThat(late.planOutcome(1, 0, +1, 150, 50)).isEqualTo(PricePath.NEITHER);
    }

    @Test
    void consistentPlansAndPlannedR() {
        assertThat(PricePath.consistentPlan(+1, 100, 95, 110)).isTrue();
        assertThat(PricePath.consistentPlan(+1, 100, 103, 110)).isFalse();
        assertThat(PricePath.consistentPlan(-1, 100, 104, 96)).isTrue();
        assertThat(PricePath.consistentPlan(-1, 100, 96, 104)).isFalse();
        assertThat(PricePath.consistentPlan(+1, 100, Double.NaN, 110)).isFalse();
        assertThat(PricePath.consistentPlan(0, 100, 95, 110)).isFalse();
        assertThat(PricePath.plannedR(111, 100, 130)).isCloseTo(19 / 11.0, within(1e-15));
    }
}
