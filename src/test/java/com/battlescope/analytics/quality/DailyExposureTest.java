package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Five snapshots over two days, averaged by hand. */
class DailyExposureTest {
    private static HourlySnapshot at(String time, double equity, double positionsValue, int positions) {
        return new HourlySnapshot(null, "a", Stamp.parse(time), equity, equity - positionsValue, positionsValue,
                positions);
    }

    @Test
    void meanExposureAndTimeInMarketPerDayAsWritten() {
        List<DailyExposure> days = DailyExposure.of(List.of(
                at("2025-01-06 09:00:00", 100, 50, 1),    // 50 %
                at("2025-01-06 10:00:00", 100, 0, 0),     // 0 %
                at("2025-01-06 23:00:00+05:00", 0, 10, 1), // equity 0: exposure 0 by Metrics.exposurePct; in market
                at("2025-01-07 00:00:00", 120, 30, 2),    // 25 %
                at("2025-01-07 01:00:00", 80, 60, 1)));   // 75 %
        // day 1: (50 + 0 + 0) / 3 = 16.666..., in market 2 of 3; day 2: (25 + 75) / 2 = 50, in market 2 of 2
        assertThat(days).extracting(DailyExposure::day, DailyExposure::snapshots)
                .containsExactly(tuple(LocalDate.of(2025, 1, 6), 3), tuple(LocalDate.of(2025, 1, 7), 2));
        assertThat(days.get(0).exposurePct()).isCloseTo(50.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(days.get(0).inMarketPct()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(days.get(1).exposurePct()).isEqualTo(50.0);
        assertThat(days.get(1).inMarketPct()).isEqualTo(100.0);
    }

    @Test
    void noSnapshotsNoDays() {
        assertThat(DailyExposure.of(List.of())).isEmpty();
    }
}
