package com.battlescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignedReductionTest {

    @Test
    void keepsEachAlignedBucketsLowestAndHighestPointAndTheEnds() {
        // 9 hours, at most 6 points = 2 buckets: 6-hour buckets (00-05, 06-11) are the first width that fits
        List<HourlySnapshot> points = List.of(snap("2025-01-06 00:00:00", 100), snap("2025-01-06 01:00:00", 120),
                snap("2025-01-06 02:00:00", 90), snap("2025-01-06 05:00:00", 130), snap("2025-01-06 06:00:00", 80),
                snap("2025-01-06 07:00:00", 110), snap("2025-01-06 08:00:00", 95), snap("2025-01-06 09:00:00", 105));
        assertThat(AlignedReduction.of(points, 6)).containsExactly(point("2025-01-06 00:00:00", 100),
                point("2025-01-06 02:00:00", 90), point("2025-01-06 05:00:00", 130), point("2025-01-06 06:00:00", 80),
                point("2025-01-06 07:00:00", 110), point("2025-01-06 09:00:00", 105));
    }

    @Test
    void bucketsOfWholeDaysComeFromTheDaysAlone() {
        // 3 days, one bucket: 3-day buckets (epoch days 20094..20096 = 6698 * 3 ..) are the first width that fits
        List<HourlySnapshot> points = List.of(snap("2025-01-06 10:00:00", 100), snap("2025-01-06 14:00:00", 80),
                snap("2025-01-07 09:00:00", 120), snap("2025-01-07 15:00:00", 80), snap("2025-01-08 01:00:00", 70),
                snap("2025-01-08 02:00:00", 130));
        List<AlignedReduction.Point> expected = List.of(point("2025-01-06 10:00:00", 100),
                point("2025-01-08 01:00:00", 70), point("2025-01-08 02:00:00", 130));
        DayCurve days = DayCurve.of(EquityCurve.of(points));
        assertThat(AlignedReduction.fromDays(days, 4)).isTrue();
        assertThat(AlignedReduction.of(days, 4)).containsExactlyElementsOf(expected);
        assertThat(AlignedReduction.of(points, 4)).containsExactlyElementsOf(expected);
    }

    @Test
    void aShortCurveIsKeptWhole() {
        List<HourlySnapshot> points = DayCurveTest.randomCurve(new Random(3), 50);
        assertThat(AlignedReduction.of(points, 50)).hasSize(50);
    }

    @Test
    void daysAndSnapshotsGiveTheSamePointsOnRandomCurves() {
        Random rng = new Random(11);
        int fromDays = 0;
        for (int c = 0; c < 200; c++) {
            EquityCurve curve = EquityCurve.of(DayCurveTest.randomCurve(rng, 300 + rng.nextInt(1500)));
            DayCurve days = DayCurve.of(curve);
            for (int max : new int[] {10, 40, 200}) {
                List<AlignedReduction.Point> fromPoints = AlignedReduction.of(curve.points(), max);
                assertThat(fromPoints.size()).isLessThanOrEqualTo(max + 2);
                if (AlignedReduction.fromDays(days, max)) {
                    fromDays++;
                    assertThat(AlignedReduction.of(days, max)).as("curve %d max %d", c, max)
                            .containsExactlyElementsOf(fromPoints);
                }
            }
        }
        assertThat(fromDays).isGreaterThan(300);
    }

    private static HourlySnapshot snap(String time, double equity) {
        return new HourlySnapshot(null, "m", Stamp.parse(time), equity, equity, 0, 0);
    }

    private static AlignedReduction.Point point(String time, double y) {
        return new AlignedReduction.Point(Stamp.parse(time), y);
    }
}
