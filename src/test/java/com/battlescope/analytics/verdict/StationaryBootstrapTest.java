package com.battlescope.analytics.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bootstrap's mechanics and, statistically, what its intervals and the pair test promise. */
class StationaryBootstrapTest {
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 0, 5);

    /** A curve of hourly snapshots starting at 10,000 with the given returns (data drawn outside the code under test). */
    static EquityCurve curve(String model, double[] returns) {
        List<HourlySnapshot> s = new ArrayList<>();
        double e = 10_000;
        s.add(new HourlySnapshot(0L, model, Stamp.of(START), e, e, 0, 0));
        for (int i = 0; i < returns.length; i++) {
            e *= 1 + returns[i];
            s.add(new HourlySnapshot((long) i + 1, model, Stamp.of(START.plusHours(i + 1)), e, e, 0, 0));
        }
        return EquityCurve.of(s);
    }

    private static double[] normal(Random rng, int n, double mean, double sd) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = mean + sd * rng.nextGaussian();
        }
        return r;
    }

    private static VerdictOptions options(int replicates, long seed, int threads) {
        return new VerdictOptions(0.05, 0.95, replicates, seed, null, threads);
    }

    @Test
    void blocksFollowTheDrawsAndAreCutToEachSeries() {
        double nan = Double.NaN;
        double[] starts = {0.7, nan, nan, 0.2, nan};
        List<int[]> blocks = new ArrayList<>();
        // a block at ⌊0.7·5⌋ = 3 for 3 steps (3, 4, then 0 after wrapping), one at ⌊0.2·5⌋ = 1 for 2 steps
        StationaryBootstrap.forEachBlock(starts, 5, (start, length) -> blocks.add(new int[] {start, length}));
        assertThat(blocks).containsExactly(new int[] {3, 3}, new int[] {1, 2});
        blocks.clear();
        // the same draws on a series of 3: ⌊0.7·3⌋ = 2 for its 3 steps
        StationaryBootstrap.forEachBlock(starts, 3, (start, length) -> blocks.add(new int[] {start, length}));
        assertThat(blocks).containsExactly(new int[] {2, 3});
    }

    @Test
    void aWrappingBlockSumsTheRightReturns() {
        // one block (block length 1e9) of 4 returns: whatever the start, the replicate is a rotation of the series,
        // so its Sharpe equals the series' own: mean 0.0025, sample sd √(0.001475 / 3) = 0.0221736 -> 0.1127469
        double[][] series = {{0.01, -0.02, 0.03, -0.01}};
        StationaryBootstrap.Replicates r = new StationaryBootstrap(series, new double[] {0}, 1e9)
                .run(10, 3, 1, StationaryBootstrap.Control.NONE);
        for (double sharpe : r.sharpe()[0]) {
            assertThat(sharpe).isCloseTo(0.11274690420042428, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void defaultBlockLengthIsTheCeilingOfTheCubeRoot() {
        assertThat(StationaryBootstrap.defaultBlockLength(69)).isEqualTo(5);   // 4.1 -> 5
        assertThat(StationaryBootstrap.defaultBlockLength(64)).isEqualTo(4);   // exactly 4
        assertThat(StationaryBootstrap.defaultBlockLength(1728)).isEqualTo(12);
        assertThat(StationaryBootstrap.defaultBlockLength(8759)).isEqualTo(21); // 20.6 -> 21
        assertThat(StationaryBootstrap.defaultBlockLength(0)).isEqualTo(1);
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        double[] v = {4, 1, 3, 2, Double.NaN};
        // sorted finite 1,2,3,4: q = 0.25 -> h = 0.75 -> 1.75; q = 0.975 -> h = 2.925 -> 3.925
        assertThat(StationaryBootstrap.percentile(v, 0.25)).isEqualTo(1.75);
        assertThat(StationaryBootstrap.percentile(v, 0.975)).isCloseTo(3.925, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(StationaryBootstrap.percentile(new double[] {Double.NaN}, 0.5)).isNull();
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnAnyNumberOfThreads() {
        Random rng = new Random(3);
        double[][] series = {normal(rng, 300, 0.001, 0.01), normal(rng, 300, 0.0, 0.01), normal(rng, 200, 0, 0.02)};
        double[] totals = {5, -1, 2};
        StationaryBootstrap b = new StationaryBootstrap(series, totals, 6);
        StationaryBootstrap.Replicates one = b.run(300, 42, 1, StationaryBootstrap.Control.NONE);
        StationaryBootstrap.Replicates four = b.run(300, 42, 4, StationaryBootstrap.Control.NONE);
        StationaryBootstrap.Replicates other = b.run(300, 43, 2, StationaryBootstrap.Control.NONE);
        assertThat(four.totalReturnPct()).isDeepEqualTo(one.totalReturnPct());
        assertThat(four.sharpe()).isDeepEqualTo(one.sharpe());
        assertThat(other.totalReturnPct()[0]).isNotEqualTo(one.totalReturnPct()[0]);
    }

    @Test
    void aReplicateOfTheSeriesItselfGivesTheObservedTotalReturn() {
        // block length 1e9: one block, starting anywhere: a rotation of the series, whose growth is the same
        double[][] series = {{0.01, -0.02, 0.03, 0.005}};
        StationaryBootstrap b = new StationaryBootstrap(series, new double[] {7.5}, 1e9);
        StationaryBootstrap.Replicates r = b.run(20, 9, 1, StationaryBootstrap.Control.NONE);
        for (double total : r.totalReturnPct()[0]) {
            assertThat(total).isCloseTo(7.5, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void cancellingStopsTheRun() {
        StationaryBootstrap b = new StationaryBootstrap(new double[][] {{0.01, 0.02, -0.01, 0.0}}, new double[] {1}, 2);
        int[] seen = new int[1];
        StationaryBootstrap.Control control = new StationaryBootstrap.Control(d -> seen[0] = d, () -> seen[0] >= 5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.run(1000, 1, 2, control))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(seen[0]).isLessThan(1000);
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheTrueSharpeAboutNinetyFivePercentOfTheTime() {
        // iid normal hourly returns, true Sharpe 0.1 per period; 400 seeded trials of 300 returns, 400 replicates
        Random rng = new Random(20260315);
        int covered = 0;
        int trials = 400;
        for (int trial = 0; trial < trials; trial++) {
            double[] r = normal(rng, 300, 0.001, 0.01);
            VerdictResult v = Verdict.of(Map.of("m", curve("m", r)), Map.of(), options(400, trial + 1, 1),
                    StationaryBootstrap.Control.NONE);
            ModelVerdict.Interval ci = v.models().get(0).sharpeCi();
            if (ci.low() <= 0.1 && 0.1 <= ci.high()) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.92, 0.98);
    }

    @Test
    void ledoitWolfPValuesAreRoughlyUniformUnderTheNull() {
        // two correlated models with the same Sharpe (0.05): the share of p < 0.05 should be near 5 %
        Random rng = new Random(77);
        int rejected = 0;
        int trials = 400;
        for (int trial = 0; trial < trials; trial++) {
            int t = 500;
            double[] x = new double[t];
            double[] y = new double[t];
            for (int i = 0; i < t; i++) {
                double common = rng.nextGaussian();
                x[i] = 0.0005 + 0.01 * (0.6 * common + 0.8 * rng.nextGaussian());
                y[i] = 0.001 + 0.02 * (0.6 * common + 0.8 * rng.nextGaussian());
            }
            if (SharpeDifference.of(x, y).pValue() < 0.05) {
                rejected++;
            }
        }
        assertThat(rejected / (double) trials).isBetween(0.02, 0.09);
    }

    @Test
    void aDominantModelRanksFirstInAlmostEveryReplicate() {
        Random rng = new Random(5);
        Map<String, EquityCurve> curves = new TreeMap<>();
        curves.put("dominant", curve("dominant", normal(rng, 500, 0.004, 0.01)));
        curves.put("middling", curve("middling", normal(rng, 500, 0.0005, 0.01)));
        curves.put("weak", curve("weak", normal(rng, 500, -0.0005, 0.01)));
        VerdictResult v = Verdict.of(curves, Map.of(), options(1000, 1, 2), StationaryBootstrap.Control.NONE);
        ModelVerdict dominant = v.model("dominant");
        assertThat(dominant.rankProbabilities().get(0)).isGreaterThan(0.99);
        assertThat(dominant.rankProbabilities().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(v.bestSet()).containsExactly("dominant");
        assertThat(dominant.beats()).isEqualTo(2);
        assertThat(v.panel()).isTrue();
        assertThat(v.headline()).startsWith("dominant is significantly better than every other model after 500 hourly");
    }

    @Test
    void fewCommonHoursResampleEachModelsOwnReturns() {
        Random rng = new Random(8);
        Map<String, EquityCurve> curves = new TreeMap<>();
        curves.put("a", curve("a", normal(rng, 100, 0.001, 0.01)));
        curves.put("b", curve("b", normal(rng, 20, 0.001, 0.01)));
        VerdictResult v = Verdict.of(curves, Map.of(), options(200, 1, 1), StationaryBootstrap.Control.NONE);
        assertThat(v.panel()).isFalse();
        assertThat(v.blockLength()).isEqualTo(5); // ⌈100^(1/3)⌉ over the longest own series
        assertThat(v.model("a").sharpeCi().low()).isLessThan(v.model("a").sharpeCi().high());
    }
}
