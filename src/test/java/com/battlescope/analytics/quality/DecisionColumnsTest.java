package com.battlescope.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.DecisionType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The narrow columns and their fallbacks: every value comes back exactly as it went in (bit for bit). */
class DecisionColumnsTest {
    private static final long H = 3_600_000_000L;
    private static final long T0 = 1_736_157_600_000_000L; // 2025-01-06 10:00 UTC
    private static final double NAN = Double.NaN;

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    @Test
    void idsBeyondAnIntWidenToLongs() {
        DecisionColumns c = new DecisionColumns(List.of("a"), List.of("S"), 2);
        long[] ids = {7, 8, 5_000_000_000L, 5_000_000_001L, 9_000_000_000_000L};
        for (long id : ids) {
            c.add(id, 0, 0, DecisionType.HOLD, false, T0, 50, 100);
        }
        for (int i = 0; i < ids.length; i++) {
            assertThat(c.id(i)).isEqualTo(ids[i]);
            assertThat(c.rowOf(ids[i])).isEqualTo(i);
        }
        assertThat(c.rowOf(9)).isEqualTo(-1);
        assertThat(c.rowOf(5_000_000_002L)).isEqualTo(-1);
    }

    @Test
    void moreThan255DistinctOffsetsWidenTheirCodes() {
        DecisionColumns c = new DecisionColumns(4);
        for (int k = 0; k < 300; k++) {
            c.add("a", "S", "hold", 50, T0, (k - 150) * 60, 100, NAN, NAN, NAN, false, true);
        }
        c.add("a", "S", "hold", 50, T0, null, 100, NAN, NAN, NAN, false, true);
        for (int k = 0; k < 300; k++) {
            assertThat(c.offsetSeconds(k)).isEqualTo((k - 150) * 60);
        }
        assertThat(c.offsetSeconds(300)).isEqualTo(DecisionColumns.NO_OFFSET);
        assertThat(QualityFigures.stamp(c, 299, false).offset()).isEqualTo(ZoneOffset.ofTotalSeconds(149 * 60));
        // written = 10:00 UTC + offset: within 10:00..11:00 for offsets 0..3600 s, k = 150..210, and the row without
        c.judgeOnly(T0, T0 + H);
        int judged = 0;
        for (int i = 0; i < c.size(); i++) {
            judged += c.inRange(i) ? 1 : 0;
        }
        assertThat(judged).isEqualTo(61 + 1);
        assertThat(c.inRange(149)).isFalse();
        assertThat(c.inRange(150)).isTrue();
        assertThat(c.inRange(210)).isTrue();
        assertThat(c.inRange(211)).isFalse();
    }

    /**
     * 300 models each buy S at 100 at 10:00 (plus m microseconds); at 11:00:00.001 m000 holds at 110, the first price
     * an hour after every buy: every buy +10 %, a hit.
     */
    @Test
    void moreThan255ModelsWidenTheirIndices() {
        DecisionColumns c = new DecisionColumns(4);
        List<String> names = new ArrayList<>();
        for (int m = 0; m < 300; m++) {
            names.add(String.format("m%03d", m));
            c.add(names.get(m), "S", "buy", 60, T0 + m, null, 100, NAN, NAN, NAN, true, true);
        }
        c.add("m000", "S", "hold", 60, T0 + H + 1000, null, 110, NAN, NAN, NAN, false, true);
        assertThat(c.model(299)).isEqualTo(299);
        assertThat(c.models().get(c.model(299))).isEqualTo("m299");
        assertThat(c.model(300)).isZero();
        QualityReport r = QualityFigures.compute(c, Set.of(), Map.of(), Horizon.H1, 5, () -> false);
        assertThat(r.models()).extracting(ModelQuality::modelId).containsExactlyElementsOf(names);
        ModelQuality last = r.models().get(299);
        assertThat(last.directional()).isEqualTo(1);
        assertThat(last.withForward()).isEqualTo(1);
        assertThat(last.hitRate()).isEqualTo(1.0);
        assertThat(last.meanSignedReturn()).isEqualTo((110 / 100.0 - 1) * 100);
        assertThat(r.splitMoments()).isEmpty();
    }

    @Test
    void hundredthsKeepExactlyWhatTheyCodeAndWidenForTheRest() {
        Hundredths conf = new Hundredths(8, true);
        double[] coded = {62.5, 0.72, 99.0, 0.0, NAN, 655.33};
        for (int i = 0; i < coded.length; i++) {
            assertThat(conf.trySet(i, coded[i])).isTrue();
        }
        assertThat(conf.trySet(6, 0.1 + 0.2)).isFalse();   // 0.30000000000000004 is no whole hundredth
        assertThat(conf.trySet(6, -0.0)).isFalse();        // would come back as +0.0
        assertThat(conf.trySet(6, 655.34)).isFalse();      // beyond a char's codes
        assertThat(conf.trySet(6, -1.0)).isFalse();
        assertThat(conf.wide()).isFalse();
        conf.set(6, 0.1 + 0.2);
        conf.set(7, -0.0);
        assertThat(conf.wide()).isTrue();
        for (int i = 0; i < coded.length; i++) {
            assertThat(bits(conf.get(i))).isEqualTo(bits(coded[i]));
        }
        assertThat(bits(conf.get(6))).isEqualTo(bits(0.30000000000000004));
        assertThat(bits(conf.get(7))).isEqualTo(bits(-0.0));

        Hundredths price = new Hundredths(3, false);
        assertThat(price.trySet(0, 228.42)).isTrue();
        assertThat(price.trySet(1, 1_234_567.89)).isTrue();
        assertThat(price.trySet(2, 1e300)).isFalse();
        assertThat(bits(price.get(0))).isEqualTo(bits(228.42));
        assertThat(bits(price.get(1))).isEqualTo(bits(1_234_567.89));
        price.set(2, 1e300);
        assertThat(price.get(2)).isEqualTo(1e300);
        assertThat(bits(price.get(0))).isEqualTo(bits(228.42));
    }

    @Test
    void smallIntsWidenKeepingEveryValue() {
        SmallInts v = new SmallInts(300, 0);
        for (int i = 0; i < 256; i++) {
            v.set(i, i);
        }
        assertThat(v.wide()).isFalse();
        v.set(256, 70_000);
        v.set(257, -5);
        assertThat(v.wide()).isTrue();
        for (int i = 0; i < 256; i++) {
            assertThat(v.get(i)).isEqualTo(i);
        }
        assertThat(v.get(256)).isEqualTo(70_000);
        assertThat(v.get(257)).isEqualTo(-5);
    }

    /**
     * Ids 10, 12 (lower part) and 20, 21, 25 (upper part, another thread) with a price and a confidence that have
     * no code in each part: after the join, five rows in id order, every value as added.
     */
    @Test
    void upperPartFromAnotherThreadJoinsAfterTheLowerRows() {
        DecisionColumns c = new DecisionColumns(List.of("a", "b"), List.of("S", "T"), 4);
        DecisionColumns.Upper upper = c.upper(10, 20, 29);
        assertThat(upper).isNotNull();
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            upper.add(20, 1, 1, DecisionType.SELL, true, T0 + 20, 0.1 + 0.2, 50.5);
            upper.add(21, 0, 0, DecisionType.HOLD, false, T0 + 21, 70, 1e300);
            upper.add(25, 1, 0, DecisionType.BUY, true, T0 + 25, NAN, 101.25);
        });
        c.add(10, 0, 0, DecisionType.BUY, true, T0 + 10, 62.5, 100.005);
        c.add(12, 1, 1, DecisionType.CLOSE, false, T0 + 12, 0.1 + 0.2, 99.0);
        other.join();
        c.join(upper);
        assertThat(c.size()).isEqualTo(5);
        long[] ids = {10, 12, 20, 21, 25};
        int[] models = {0, 1, 1, 0, 1};
        int[] symbols = {0, 1, 1, 0, 0};
        int[] sides = {1, 0, -1, 0, 1};
        boolean[] executed = {true, false, true, false, true};
        double[] conf = {62.5, 0.1 + 0.2, 0.1 + 0.2, 70, NAN};
        double[] price = {100.005, 99.0, 50.5, 1e300, 101.25};
        for (int i = 0; i < 5; i++) {
            assertThat(c.rowOf(ids[i])).isEqualTo(i);
            assertThat(c.micros[i]).isEqualTo(T0 + ids[i]);
            assertThat(c.model(i)).isEqualTo(models[i]);
            assertThat(c.symbol(i)).isEqualTo(symbols[i]);
            assertThat(c.side(i)).isEqualTo(sides[i]);
            assertThat(c.executed(i)).isEqualTo(executed[i]);
            assertThat(c.inRange(i)).isTrue();
            assertThat(bits(c.confidence(i))).isEqualTo(bits(conf[i]));
            assertThat(bits(c.price(i))).isEqualTo(bits(price[i]));
        }
        assertThat(c.kind(1)).isEqualTo(DecisionColumns.OTHER);
        assertThat(c.rowOf(11)).isEqualTo(-1);
    }

    @Test
    void upperPartIsRefusedOrGuarded() {
        DecisionColumns c = new DecisionColumns(List.of("a"), List.of("S"), 4);
        assertThat(c.upper(0, 1, 3_000_000_000L)).isNull();             // no array holds that span
        DecisionColumns.Upper upper = c.upper(10, 12, 20);
        assertThat(c.upper(10, 12, 20)).isNull();                       // one part at a time
        c.add(10, 0, 0, DecisionType.HOLD, false, T0, 50, 100);
        c.add(11, 0, 0, DecisionType.HOLD, false, T0, 50, 100);
        assertThatThrownBy(() -> c.add(12, 0, 0, DecisionType.HOLD, false, T0, 50, 100))
                .isInstanceOf(IllegalStateException.class);                 // the upper part's id
        assertThatThrownBy(() -> upper.add(21, 0, 0, DecisionType.HOLD, false, T0, 50, 100))
                .isInstanceOf(IllegalStateException.class);                 // beyond the part
        assertThatThrownBy(() -> upper.add(12, 1, 0, DecisionType.HOLD, false, T0, 50, 100))
                .isInstanceOf(IllegalStateException.class);                 // no such model name
        upper.add(13, 0, 0, DecisionType.HOLD, false, T0, 50, 100);
        assertThatThrownBy(() -> upper.add(13, 0, 0, DecisionType.HOLD, false, T0, 50, 100))
                .isInstanceOf(IllegalStateException.class);                 // ids ascending
        c.join(upper);
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.rowOf(13)).isEqualTo(2);
        assertThat(c.upper(10, 12, 20)).isNull();                       // rows are in already
    }

    @Test
    void plansAreKeptOnlyForRowsWithOne() {
        DecisionColumns c = new DecisionColumns(List.of("a"), List.of("S"), 4);
        for (int id = 1; id <= 5; id++) {
            c.add(id, 0, 0, DecisionType.BUY, true, T0, 50, 100);
        }
        c.setPlan(3, 100, 95, 110);
        c.setPlan(1, NAN, 90, 120);
        c.setPlan(3, 101, 96, 111);
        c.setPlan(2, NAN, NAN, NAN);
        assertThat(new double[] {c.entry(3), c.stop(3), c.target(3)}).containsExactly(101, 96, 111);
        assertThat(c.entry(1)).isNaN();
        assertThat(new double[] {c.stop(1), c.target(1)}).containsExactly(90, 120);
        for (int row : new int[] {0, 2, 4}) {
            assertThat(new double[] {c.entry(row), c.stop(row), c.target(row)}).containsOnly(NAN);
        }
    }
}
