package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-made battle, figures worked out by hand. Symbol S: at t0 a buys (0.9), b sells (0.2), c buys (stored
 * 50 → 0.5); at t1 a holds at 110; at t2 a buys (0.8) and b sells (0.4) at 110; at t3 a holds at 99. Symbol T:
 * d buys at 50 without a confidence and holds at 55 an hour later.
 */
class QualityFiguresTest {
    private static final long H = 3_600_000_000L;
    private static final long T0 = 1_736_157_600_000_000L; // 2025-01-06 10:00 UTC
    private static final double NAN = Double.NaN;

    private static DecisionColumns battle() {
        DecisionColumns c = new DecisionColumns(4);
        add(c, "a", "S", "buy", 0.9, T0, 100, true);
        add(c, "b", "S", "sell", 0.2, T0 + 60_000_000L, 100, true);
        add(c, "c", "S", "BUY", 50, T0 + 120_000_000L, 100, false);
        add(c, "d", "T", "buy", NAN, T0, 50, true);
        add(c, "a", "S", "hold", 0.5, T0 + H, 110, false);
        add(c, "d", "T", "hold", NAN, T0 + H, 55, false);
        add(c, "a", "S", "buy", 0.8, T0 + 2 * H, 110, true);
        add(c, "b", "S", "sell", 0.4, T0 + 2 * H, 110, true);
        add(c, "a", "S", "hold", 0.5, T0 + 3 * H, 99, false);
        return c;
    }

    private static void add(DecisionColumns c, String model, String symbol, String decision, double confidence,
                            long t, double price, boolean executed) {
        c.add(model, symbol, decision, confidence, t, null, price, NAN, NAN, NAN, executed, true);
    }

    private static ModelQuality model(QualityReport r, String id) {
        return r.models().stream().filter(m -> m.modelId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void hitsReturnsAndCalibrationByHand() {
        QualityReport r = QualityFigures.compute(battle(), Set.of(), Map.of("a", new int[] {4, 1}), Horizon.H1, 5,
                () -> false);
        assertThat(r.models()).extracting(ModelQuality::modelId).containsExactly("a", "b", "c", "d");
        ModelQuality a = model(r, "a");
        assertThat(a.directional()).isEqualTo(2);
        assertThat(a.withForward()).isEqualTo(2);
        assertThat(a.hitRate()).isEqualTo(0.5);
        assertThat(a.meanSignedReturn()).isCloseTo(0.0, within(1e-12));    // (+10 % − 10 %) / 2
        assertThat(a.brier()).isCloseTo((0.01 + 0.64) / 2, within(1e-15)); // (0.9 − 1)², (0.8 − 0)²
        assertThat(a.ece()).isCloseTo((0.1 + 0.8) / 2, within(1e-15));
        assertThat(a.holdsN()).isEqualTo(1);                               // the 13:00 hold has no forward price
        assertThat(a.holdsMeanAbsMove()).isCloseTo(0.0, within(1e-15));
        assertThat(a.timeInMarketPct()).isEqualTo(25.0);
        ModelQuality b = model(r, "b");
        assertThat(b.brier()).isCloseTo((0.04 + 0.36) / 2, within(1e-15));
        assertThat(b.confidenceSpearman()).isCloseTo(1.0, within(1e-15));
        ModelQuality c = model(r, "c");
        assertThat(c.calibration().get(5).n()).isEqualTo(1);                // stored 50 read as 0.5
        assertThat(c.brier()).isCloseTo(0.25, within(1e-15));
        assertThat(c.unexecutedN()).isEqualTo(1);
        assertThat(c.unexecutedMeanSignedReturn()).isCloseTo(10.0, within(1e-12));
        assertThat(c.timeInMarketPct()).isNull();
        ModelQuality d = model(r, "d");
        assertThat(d.withForward()).isEqualTo(1);
        assertThat(d.hitRate()).isEqualTo(1.0);
        assertThat(d.brier()).isNull();                                    // no confidence: not calibrated
        assertThat(d.ece()).isNull();
        assertThat(d.calibration()).extracting(CalibrationBin::n).containsOnly(0);
        assertThat(d.plan().n()).isZero();
        assertThat(d.plan().plannedRMedian()).isNull();
    }

    @Test
    void splitMomentsMajorityAndTies() {
        QualityReport r = QualityFigures.compute(battle(), Set.of(), Map.of(), Horizon.H1, 5, () -> false);
        assertThat(r.splitsN()).isEqualTo(2);
        assertThat(r.majorityRight()).isEqualTo(1.0);  // the t2 tie is left out; at t0 two bought and it rose 10 %
        assertThat(r.minorityRight()).isEqualTo(0.0);
        assertThat(model(r, "a").splitsN()).isEqualTo(2);
        assertThat(model(r, "a").splitsRight()).isEqualTo(1);
        assertThat(model(r, "b").splitsRight()).isEqualTo(1);
        assertThat(model(r, "c").splitsN()).isEqualTo(1);
        assertThat(model(r, "d").splitsN()).isZero();
        List<SplitMoment.Take> first = r.splitMoments().get(0).takes();
        assertThat(first).extracting(SplitMoment.Take::modelId).containsExactly("a", "b", "c");
        assertThat(r.splitMoments().get(0).time().text()).isEqualTo("2025-01-06 10:00:00");
    }

    @Test
    void pickedModelsAreJudgedAloneButEveryPriceCounts() {
        QualityReport r = QualityFigures.compute(battle(), Set.of("a", "b"), Map.of(), Horizon.H1, 5, () -> false);
        assertThat(r.models()).extracting(ModelQuality::modelId).containsExactly("a", "b");
        assertThat(r.splitsN()).isEqualTo(2);
        assertThat(r.majorityRight()).isNull();         // without c both splits are ties
        assertThat(model(r, "a").hitRate()).isEqualTo(0.5);
    }

    @Test
    void longerHorizonRunsOutOfPrices() {
        QualityReport r = QualityFigures.compute(battle(), Set.of(), Map.of(), Horizon.D1, 5, () -> false);
        assertThat(model(r, "a").withForward()).isZero();
        assertThat(model(r, "a").hitRate()).isNull();
        assertThat(model(r, "a").meanSignedReturn()).isNull();
        assertThat(r.horizonHours()).isEqualTo(24);
    }
}
