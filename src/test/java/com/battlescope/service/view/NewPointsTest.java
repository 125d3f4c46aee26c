package com.battlescope.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.service.TimeRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewPointsTest {
    private static final Map<String, Stamp> LAST = Map.of("a", Stamp.parse("2025-01-08 10:00:00"),
            "b", Stamp.parse("2025-01-08 11:00:00"));

    private static HourlySnapshot row(long id, String model, String time) {
        return new HourlySnapshot(id, model, Stamp.parse(time), 100, 100, 0, 0);
    }

    @Test
    void rowsAfterEachCurvesEndAppendInTimeOrder() {
        HourlySnapshot a12 = row(10, "a", "2025-01-08 12:00:00");
        HourlySnapshot a11 = row(11, "a", "2025-01-08 11:00:00");
        HourlySnapshot b12 = row(12, "b", "2025-01-08 12:00:00");
        var added = NewPoints.of(ViewQuery.all(), LAST, List.of(a12, a11, b12));
        assertThat(added).hasValueSatisfying(m -> {
            assertThat(m.get("a")).containsExactly(a11, a12);
            assertThat(m.get("b")).containsExactly(b12);
        });
    }

    @Test
    void rowsTheQueryDoesNotShowChangeNothing() {
        ViewQuery onlyA = ViewQuery.all().withModels(List.of("a")).withRange(TimeRange.parse(null, "2025-01-08 12:00"));
        var added = NewPoints.of(onlyA, LAST, List.of(row(1, "b", "2025-01-08 12:00:00"),
                row(2, "a", "2025-01-08 13:00:00"), row(3, "c", "2025-01-08 12:00:00")));
        assertThat(added).hasValue(Map.of());
    }

    @Test
    void aModelWithoutACurveNeedsAReload() {
        assertThat(NewPoints.of(ViewQuery.all(), LAST, List.of(row(1, "c", "2025-01-08 12:00:00")))).isEmpty();
    }

    @Test
    void aRowAtOrBeforeTheCurvesEndNeedsAReload() {
        assertThat(NewPoints.of(ViewQuery.all(), LAST, List.of(row(1, "a", "2025-01-08 10:00:00")))).isEmpty();
        assertThat(NewPoints.of(ViewQuery.all(), LAST, List.of(row(2, "b", "2025-01-08 10:30:00")))).isEmpty();
    }
}
