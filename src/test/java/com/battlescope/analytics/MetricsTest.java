package com.battlescope.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The metrics kernel: hand-checked values, and the streaming forms agreeing with the array forms. */
class MetricsTest {

    @Test
    void returnIsMeasuredFromItsBase() {
        assertThat(Metrics.returnPct(101_000, 100_000)).isEqualTo(1.0, within(1e-12));
        assertThat(Metrics.returnPct(95_000, 100_000)).isEqualTo(-5.0, within(1e-12));
    }

    @Test
    void allTimeUsesTheInitialCapitalWhenKnownEveryOtherTimeframeTheWindowStart() {
        assertThat(Metrics.returnBase(Timeframe.ALL_TIME, 100_000.0, 95_000)).isEqualTo(100_000);
        assertThat(Metrics.returnBase(Timeframe.ALL_TIME, null, 95_000)).isEqualTo(95_000);
        assertThat(Metrics.returnBase(Timeframe.DAILY, 100_000.0, 95_000)).isEqualTo(95_000);
        assertThat(Metrics.returnBase(Timeframe.MONTHLY, null, 95_000)).isEqualTo(95_000);
    }

    @Test
    void drawdownIsThePercentBelowThePeak() {
        assertThat(Metrics.drawdownPct(200, 150)).isEqualTo(25.0);
        assertThat(Metrics.drawdownPct(200, 200)).isEqualTo(0.0);
    }

    @Test
    void exposureIsGuardedAgainstAnEquityThatIsNotPositive() {
        assertThat(Metrics.exposurePct(50, 200)).isEqualTo(25.0);
        assertThat(Metrics.exposurePct(50, 0)).isEqualTo(0.0);
        assertThat(Metrics.exposurePct(50, -10)).isEqualTo(0.0);
    }

    @Test
    void sharpeOfThreeReturnsByHand() {
        // returns 0.01, -0.02, 0.03: mean 0.0066667, sample std 0.0251661, x sqrt(252) (Python statistics: 4.205259864302775)
        double[] r = {0.01, -0.02, 0.03};
        assertThat(Stats.annualisedSharpe(r, Metrics.ENGINE_PERIODS_PER_YEAR)).isEqualTo(4.205259864302775, within(1e-12));
        Metrics.ReturnMoments m = new Metrics.ReturnMoments();
        for (double v : r) {
            m.addReturn(v);
        }
        assertThat(m.sharpe(Metrics.ENGINE_PERIODS_PER_YEAR)).isEqualTo(4.205259864302775, within(1e-12));
    }

    @Test
    void sharpeIsUndefinedWithFewerThanTwoReturnsOrNoDeviation() {
        assertThat(Metrics.sharpe(0.01, 0.02, 1, 252)).isNull();
        assertThat(Metrics.sharpe(0.01, 0.0, 5, 252)).isNull();
        assertThat(Metrics.sharpe(0.01, Double.NaN, 5, 252)).isNull();
        Metrics.ReturnMoments flat = new Metrics.ReturnMoments();
        flat.addEquity(100);
        flat.addEquity(100);
        flat.addEquity(100);
        assertThat(flat.sharpe(252)).isNull();
    }

    @Test
    void equitiesGiveTheSnapshotReturnsSharpe() {
        // equities 100, 101, 99.5, 102, 101 (Python statistics on their simple returns: 2.2528613269628712)
        Metrics.ReturnMoments m = new Metrics.ReturnMoments();
        for (double e : new double[] {100, 101, 99.5, 102, 101}) {
            m.addEquity(e);
        }
        assertThat(m.count()).isEqualTo(4);
        assertThat(m.sharpe(252)).isEqualTo(2.2528613269628712, within(1e-12));
    }

    @Test
    void peakTrackerKeepsTheTrueAndTheEngineDrawdown() {
        Metrics.PeakTracker t = new Metrics.PeakTracker();
        assertThat(t.started()).isFalse();
        assertThat(t.add(100)).isEqualTo(0.0);
        assertThat(t.add(50)).isEqualTo(50.0);    // 50 below 100
        assertThat(t.add(1000)).isEqualTo(0.0);
        assertThat(t.add(900)).isEqualTo(10.0);   // 100 below 1000
        assertThat(t.peak()).isEqualTo(1000);
        assertThat(t.maxDrawdownPct()).isEqualTo(50.0);
        assertThat(t.maxDrawdownDollars()).isEqualTo(100.0);
        assertThat(t.engineMaxDrawdownPct()).isEqualTo(10.0); // the engine's: the largest dollar fall over its peak
    }

    @Test
    void streamingFormsAgreeWithTheArrayForms() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + rnd.nextInt(300);
            double[] e = new double[n];
            e[0] = 100_000;
            for (int i = 1; i < n; i++) {
                e[i] = e[i - 1] * (1 + rnd.nextGaussian() * 0.01);
            }
            Metrics.ReturnMoments m = new Metrics.ReturnMoments();
            Metrics.PeakTracker p = new Metrics.PeakTracker();
            for (double v : e) {
                m.addEquity(v);
                p.add(v);
            }
            Double array = Stats.annualisedSharpe(Stats.simpleReturns(e), 252);
            if (array == null) {
                assertThat(m.sharpe(252)).isNull();
            } else {
                assertThat(m.sharpe(252)).isEqualTo(array, within(1e-9 * Math.max(1, Math.abs(array))));
            }
            Drawdowns.MaxDrawdown max = Drawdowns.max(e);
            assertThat(p.maxDrawdownPct()).isEqualTo(max.maxPct());
            RunningDrawdown running = new RunningDrawdown();
            double worst = 0;
            for (int i = 0; i < n; i++) {
                worst = Math.min(worst, running.add(Stamp.of(Fixtures.T0.plusHours(i)), e[i]));
            }
            assertThat(-worst).isEqualTo(max.maxPct(), within(1e-12));
        }
    }
}
