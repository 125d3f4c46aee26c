package com.battlescope.analytics.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class HourlySeriesTest {
    private static final Offset<Double> EPS = Offset.offset(1e-15);

    private static EquityCurve curve(String model, Object... timeAndEquity) {
        List<HourlySnapshot> s = new ArrayList<>();
        for (int i = 0; i < timeAndEquity.length; i += 2) {
            s.add(new HourlySnapshot((long) i, model, Stamp.parse((String) timeAndEquity[i]),
                    (Double) timeAndEquity[i + 1], 0, 0, 0));
        }
        return EquityCurve.of(s);
    }

    @Test
    void lastSnapshotOfEachClockHourWithOffsetsInUtc() {
        HourlySeries a = HourlySeries.of(curve("a",
                "2025-03-03 10:04:00", 100.0, "2025-03-03 10:40:00", 101.0, "2025-03-03 11:05:00", 102.0,
                "2025-03-03 13:01:00", 104.0));
        // written at +02:00: 12:05+02:00 is 10:05 UTC, 13:10+02:00 is 11:10 UTC, 15:00+02:00 is 13:00 UTC
        HourlySeries b = HourlySeries.of(curve("b",
                "2025-03-03 12:05:00+02:00", 50.0, "2025-03-03 13:10:00+02:00", 55.0, "2025-03-03 15:00:00+02:00", 44.0));
        assertThat(a.equities()).containsExactly(101.0, 102.0, 104.0);
        HourlySeries.CommonHours common = HourlySeries.common(List.of(a, b));
        assertThat(common.hours()).hasSize(3);
        assertThat(common.equities()[0]).containsExactly(101.0, 102.0, 104.0);
        assertThat(common.equities()[1]).containsExactly(50.0, 55.0, 44.0);
        double[][] r = common.returns();
        assertThat(r[0]).containsExactly(new double[] {102.0 / 101 - 1, 104.0 / 102 - 1}, EPS);
        assertThat(r[1]).containsExactly(new double[] {0.1, 44.0 / 55 - 1}, EPS);
    }

    @Test
    void onlyHoursBothModelsHave() {
        HourlySeries a = HourlySeries.of(curve("a", "2025-03-03 10:00:00", 1.0, "2025-03-03 11:00:00", 2.0,
                "2025-03-03 12:00:00", 3.0));
        HourlySeries b = HourlySeries.of(curve("b", "2025-03-03 10:30:00", 5.0, "2025-03-03 12:30:00", 6.0));
        double[][] r = HourlySeries.common(List.of(a, b)).returns();
        assertThat(r[0]).containsExactly(new double[] {2.0}, EPS);
        assertThat(r[1]).containsExactly(new double[] {0.2}, EPS);
    }

    @Test
    void snapshotReturnsSkipStepsFromZero() {
        assertThat(SnapshotReturns.of(new double[] {100, 110, 0, 5, 10})).containsExactly(new double[] {0.1, -1.0, 1.0}, EPS);
        assertThat(SnapshotReturns.of(new double[] {100})).isEmpty();
    }
}
