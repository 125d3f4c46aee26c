package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.battlescope.analytics.Fixtures.decision;
import static com.battlescope.analytics.Fixtures.filled;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionStatisticsTest {

    private static Decision at(long id, String model, String kind, Double conf, int minute, double price) {
        return decision(id, model, "AAPL", kind, conf, String.format("2025-01-06 10:%02d:00", minute), price);
    }

    @Test
    void countsDecisionsByTypeIncludingZeroes() {
        DecisionStats s = DecisionStatistics.perModel(List.of(at(1, "m", "buy", 80.0, 0, 100),
                at(2, "m", "buy", 80.0, 1, 100), at(3, "m", "hold", 80.0, 2, 100)), 70, 1).get(0);
        assertThat(s.countsByType()).containsEntry(DecisionType.BUY, 2).containsEntry(DecisionType.HOLD, 1)
                .containsEntry(DecisionType.CLOSE, 0);
    }

    @Test
    void executedRatioIsExecutedOverAll() {
        DecisionStats s = DecisionStatistics.perModel(List.of(at(1, "m", "hold", null, 0, 100),
                filled(2, "m", "AAPL", "buy", null, "2025-01-06 10:01:00", 100, 100.0)), 70, 1).get(0);
        assertThat(s.executed()).isEqualTo(1);
        assertThat(s.executedRatio()).isEqualTo(0.5);
    }

    @Test
    void meanConfidenceIgnoresNulls() {
        DecisionStats s = DecisionStatistics.perModel(List.of(at(1, "m", "hold", null, 0, 100),
                at(2, "m", "hold", 60.0, 1, 100), at(3, "m", "hold", 80.0, 2, 100)), 70, 1).get(0);
        assertThat(s.meanConfidence()).isEqualTo(70.0);
    }

    @Test
    void calibrationCountsConfidentCallsThatMovedTheirWay() {
        // horizon 1: buy@100 -> 110 (hit), sell@110 -> 120 (miss), buy@120 conf 50 (below threshold)
        List<Decision> ds = List.of(at(1, "m", "buy", 90.0, 0, 100), at(2, "m", "sell", 90.0, 1, 110),
                at(3, "m", "buy", 50.0, 2, 120), at(4, "other", "hold", null, 3, 90));
        DecisionStats.Calibration c = DecisionStatistics.perModel(ds, 70, 1).get(0).calibration();
        assertThat(c.evaluated()).isEqualTo(2);
        assertThat(c.favourable()).isEqualTo(1);
        assertThat(c.hitRatePct()).isEqualTo(50.0);
    }

    @Test
    void calibrationIsNullWithoutLaterPrices() {
        DecisionStats s = DecisionStatistics.perModel(List.of(at(1, "m", "buy", 90.0, 0, 100)), 70, 1).get(0);
        assertThat(s.calibration().hitRatePct()).isNull();
    }

    @Test
    void onePerModelOrderedById() {
        assertThat(DecisionStatistics.perModel(List.of(at(1, "b", "hold", null, 0, 1), at(2, "a", "hold", null, 0, 1)),
                70, 1)).extracting(DecisionStats::modelId).containsExactly("a", "b");
    }
}
