package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EquityWindowTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 10, 0);

    @Test
    void theLookBackStartsAtTheLastPointAtOrBeforeTheCutoff() {
        EquityWindow w = new EquityWindow();
        w.add(T0, 100);
        w.add(T0.plusHours(20), 101);
        w.add(T0.plusHours(24), 102);   // exactly one day before the last point: the base
        w.add(T0.plusHours(30), 103);
        w.add(T0.plusHours(48), 104);
        assertThat(w.lookBack(1)).containsExactly(102, 103, 104);
        assertThat(w.lookBack(7)).containsExactly(100, 101, 102, 103, 104);
    }

    @Test
    void keepingDaysDropsOnlyOlderPoints() {
        EquityWindow w = new EquityWindow();
        for (int h = 0; h <= 72; h++) {
            w.add(T0.plusHours(h), 100 + h);
        }
        w.keepDays(1);
        assertThat(w.lookBack(30)).containsExactly(148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160,
                161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172);
    }

    @Test
    void agreesWithTheAnalyticsWindowOnAnIrregularCurve() {
        SplittableRandom r = new SplittableRandom(3);
        EquityWindow w = new EquityWindow();
        List<HourlySnapshot> curve = new ArrayList<>();
        LocalDateTime t = T0;
        for (int i = 0; i < 3000; i++) {
            t = t.plusMinutes(r.nextInt(20, 400)).plusNanos(r.nextInt(1, 1_000_000) * 1000L);
            double e = 1000 + r.nextDouble() * 100;
            w.add(t, e);
            w.keepDays(40);
            curve.add(new HourlySnapshot((long) i, "m", Stamp.of(t), e, e, 0, 0));
        }
        for (Timeframe tf : List.of(Timeframe.DAILY, Timeframe.WEEKLY, Timeframe.MONTHLY)) {
            double[] expected = Rankings.window(EquityCurve.of(curve), tf).equities();
            assertThat(w.lookBack(tf.days())).as(tf.text()).containsExactly(expected);
        }
    }
}
