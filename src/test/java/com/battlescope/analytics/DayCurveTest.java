package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures combined day by day equal the figures of the snapshots one by one: drawdowns and time under water
 * exactly (a point-wise {@link Metrics.PeakTracker} and {@link Drawdowns#underwater}/{@link Drawdowns#periods} are
 * the references), the return moments within 1e-12 relative of the two-pass formula of {@link Stats}.
 */
class DayCurveTest {

    @Test
    void randomCurvesGiveThePointWiseFiguresExactly() {
        Random rng = new Random(17);
        for (int c = 0; c < 400; c++) {
            EquityCurve curve = EquityCurve.of(randomCurve(rng, 1 + rng.nextInt(200)));
            DayCurve days = DayCurve.of(curve);
            double[] e = curve.equities();

            Metrics.PeakTracker pointWise = new Metrics.PeakTracker();
            for (double v : e) {
                pointWise.add(v);
            }
            Drawdowns.MaxDrawdown dd = days.maxDrawdown();
            assertThat(dd.maxPct()).as("curve %d max %%", c).isEqualTo(pointWise.maxDrawdownPct());
            assertThat(dd.maxDollars()).as("curve %d dollars", c).isEqualTo(pointWise.maxDrawdownDollars());
            assertThat(dd.engineMaxPct()).as("curve %d engine %%", c).isEqualTo(pointWise.engineMaxDrawdownPct());

            Drawdowns.TimeUnderWater t = days.timeUnderWater();
            long under = Drawdowns.underwater(curve).stream().filter(p -> p.drawdownPct() < 0).count();
            long longest = Drawdowns.periods(curve).stream().mapToLong(Drawdowns.DrawdownPeriod::lengthDays)
                    .max().orElse(0);
            assertThat(t.snapshotsUnderWater()).as("curve %d under water", c).isEqualTo(under);
            assertThat(t.longestDays()).as("curve %d longest", c).isEqualTo(longest);

            double[] r = curve.returns();
            Metrics.ReturnMoments m = days.moments();
            assertThat(m.count()).isEqualTo(r.length);
            if (r.length >= 2) {
                assertThat(m.mean()).isCloseTo(Stats.mean(r), within(1e-12 * Math.abs(Stats.mean(r)) + 1e-18));
                assertThat(m.sampleStd()).isCloseTo(Stats.sampleStd(r), within(1e-12 * Stats.sampleStd(r)));
                double down = 0;
                for (double v : r) {
                    down += Math.min(v, 0) * Math.min(v, 0);
                }
                assertThat(m.downsideSquares()).isCloseTo(down, within(1e-12 * down + 1e-300));
            }
            assertThat(days.dailyCloses()).containsExactly(closes(curve));
            assertThat(days.size()).isEqualTo(curve.size());
        }
    }

    @Test
    void aCarriedPeakAboveTheWholeDayMakesEverySnapshotUnderWater() {
        // day 1 peaks at 200; day 2 stays below: 150 (25 %), 190, 100 (50 %), 120
        EquityCurve curve = EquityCurve.of(List.of(snap("2025-01-01 10:00:00", 200), snap("2025-01-02 00:00:00", 150),
                snap("2025-01-02 01:00:00", 190), snap("2025-01-02 02:00:00", 100), snap("2025-01-02 03:00:00", 120)));
        DayCurve days = DayCurve.of(curve);
        assertThat(days.maxDrawdown()).isEqualTo(new Drawdowns.MaxDrawdown(100, 50, 50));
        assertThat(days.timeUnderWater().snapshotsUnderWater()).isEqualTo(4);
        assertThat(days.timeUnderWater().longestDays()).isEqualTo(1);
    }

    @Test
    void aDayThatPassesTheCarriedPeakStartsItsOwnPeak() {
        // peak 100 carried; day 2: 90 (10 %), 120 (new peak), 60 (50 %, $60), 130; the day closes the period
        EquityCurve curve = EquityCurve.of(List.of(snap("2025-01-01 10:00:00", 100), snap("2025-01-02 00:00:00", 90),
                snap("2025-01-02 01:00:00", 120), snap("2025-01-02 02:00:00", 60), snap("2025-01-02 03:00:00", 130)));
        DayCurve days = DayCurve.of(curve);
        assertThat(days.maxDrawdown()).isEqualTo(new Drawdowns.MaxDrawdown(60, 50, 50));
        assertThat(days.timeUnderWater().snapshotsUnderWater()).isEqualTo(2);
        assertThat(days.timeUnderWater().longestDays()).isEqualTo(1);
    }

    private static double[] closes(EquityCurve curve) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            if (i + 1 == curve.size() || !curve.time(i + 1).date().equals(curve.time(i).date())) {
                out.add(curve.points().get(i).equity());
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Random walks with plateaus, repeated values, gaps of days and several snapshots at the same time. */
    static List<HourlySnapshot> randomCurve(Random rng, int n) {
        List<HourlySnapshot> out = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, rng.nextInt(24), 0);
        double e = 1000;
        double[] seen = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(10);
            if (kind == 0 && i > 0) {
                e = seen[rng.nextInt(i)];
            } else if (kind == 1) {
                e = e * (1 + rng.nextGaussian() * 0.2);
            } else if (kind > 2) {
                e = e * (1 + rng.nextGaussian() * 0.01);
            }
            e = Math.max(e, 1);
            seen[i] = e;
            out.add(new HourlySnapshot((long) i + 1, "m", Stamp.of(t), e, e, 0, 0));
            int step = rng.nextInt(20);
            t = step == 0 ? t : step == 1 ? t.plusDays(1 + rng.nextInt(3)) : t.plusMinutes(30L * step);
        }
        return out;
    }

    private static HourlySnapshot snap(String time, double equity) {
        return new HourlySnapshot(null, "m", Stamp.parse(time), equity, equity, 0, 0);
    }
}
