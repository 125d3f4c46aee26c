package com.battlescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of a tiny three-day curve combined from its day summaries, against values computed independently by
 * {@code src/test/resources/curves/handcheck.py} (numpy over the snapshots one by one); the drawdown figures also by
 * hand: peaks 100, 104, 104 | 104, 107, 107, 107 | 108, 108.
 */
class DayCurveHandCheckTest {
    private static final double REL = 1e-12;
    private static final EquityCurve CURVE = EquityCurve.of(List.of(snap("2025-01-06 10:00:00", 100),
            snap("2025-01-06 11:00:00", 104), snap("2025-01-06 12:00:00", 98), snap("2025-01-07 09:00:00", 101),
            snap("2025-01-07 10:00:00", 107), snap("2025-01-07 11:00:00", 95), snap("2025-01-07 12:00:00", 99),
            snap("2025-01-09 10:00:00", 108), snap("2025-01-09 11:00:00", 103)));

    @Test
    void curveFiguresFromTheDaysMatchTheIndependentScript() {
        CurveMetrics m = CurveMetrics.of(DayCurve.of(CURVE), 100);
        assertRel(m.sharpeRatio(), 1.3375876399782527);
        assertRel(m.sharpeSampled(), 2.6107037508596664);
        assertRel(m.sortinoRatio(), 1.9590544229928015);
        assertRel(m.volatilityPct(), 215.54833026770615);
        assertRel(m.cagrPct(), 3371.098713560147);
        assertRel(m.sharpeDaily(), 18.810448227706537);
        // 107 -> 95 on 7 Jan: $12, 12 / 107
        assertThat(m.maxDrawdownPct()).isEqualTo(12.0 / 107 * 100, within(1e-12));
        assertThat(m.maxDrawdownDollars()).isEqualTo(12.0);
        assertThat(m.engineMaxDrawdownPct()).isEqualTo(12.0 / 107 * 100, within(1e-12));
        // under water: 98, 101, 95, 99, 103; periods 6 -> 7 Jan (1 day), 7 -> 9 Jan (2 days), 9 Jan open (0)
        assertThat(m.timeUnderWater().snapshotsUnderWater()).isEqualTo(5);
        assertThat(m.timeUnderWater().longestDays()).isEqualTo(2);
        assertThat(m.snapshots()).isEqualTo(9);
        assertThat(m.totalReturnPct()).isEqualTo(3.0, within(1e-12));
    }

    @Test
    void aDaysSummaryHoldsItsRecordsAndReturnMoments() {
        CurveDay day = DayCurve.of(CURVE).days().get(1);
        assertThat(day.date()).hasToString("2025-01-07");
        assertThat(day.count()).isEqualTo(4);
        assertThat(day.min()).isEqualTo(95);
        assertThat(day.minTime()).isEqualTo(Stamp.parse("2025-01-07 11:00:00"));
        assertThat(day.max()).isEqualTo(107);
        // records 101 (first) and 107; before 107 the lowest is 101; from either, the deepest fall is 107 -> 95
        assertThat(day.peaks().value()).containsExactly(101, 107);
        assertThat(day.peaks().position()).containsExactly(0, 1);
        assertThat(day.peaks().prefixMin()).containsExactly(Double.POSITIVE_INFINITY, 101);
        assertThat(day.peaks().suffixMaxDollars()).containsExactly(12, 12);
        assertThat(day.peaks().suffixUnder()).containsExactly(2, 2);
        assertThat(day.returns().count()).isEqualTo(3);
        assertRel(day.returns().mean(), -0.003546109652775411);
        assertRel(day.returns().m2(), 0.017841711969586206);
        assertRel(day.returns().downsideSquares(), 0.012577517687134247);
    }

    private static void assertRel(Double actual, double expected) {
        assertThat(actual).isNotNull().isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    private static HourlySnapshot snap(String time, double equity) {
        return new HourlySnapshot(null, "m", Stamp.parse(time), equity, equity, 0, 0);
    }
}
