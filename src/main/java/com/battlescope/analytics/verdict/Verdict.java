package com.battlescope.analytics.verdict;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Is a lead real? Every figure of verdict.md, assembled from the models' equity curves: per model the Sharpe
 * figures (PSR, MinTRL, DSR) and bootstrap intervals, per pair the Ledoit–Wolf test with Holm's adjustment, the
 * best set and a plain headline. The formulas live in {@link SharpeStats}, {@link SharpeDifference},
 * {@link Holm} and {@link StationaryBootstrap}.
 */
public final class Verdict {
    /** Below this many panel returns each model's own snapshot returns are resampled instead. */
    static final int MIN_PANEL_RETURNS = 30;

    private Verdict() {
    }

    /**
     * @param curves   per model id, its snapshots in time order (empty curves are left out)
     * @param capitals per model id, the initial capital of the total return (missing: the first snapshot)
     */
    public static VerdictResult of(Map<String, EquityCurve> curves, Map<String, Double> capitals,
                                   VerdictOptions options, StationaryBootstrap.Control control) {
        TreeMap<String, EquityCurve> byId = new TreeMap<>();
        curves.forEach((id, c) -> {
            if (!c.isEmpty()) {
                byId.put(id, c);
            }
        });
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("no snapshots to judge");
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        int count = ids.size();
        List<RankedModel> ranking = Rankings.rankTimeframe(byId, capitals, Timeframe.ALL_TIME);
        Map<String, RankedModel> ranked = new HashMap<>();
        ranking.forEach(r -> ranked.put(r.modelId(), r));

        double[][] own = new double[count][];
        SharpeStats[] stats = new SharpeStats[count];
        List<HourlySeries> grid = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            EquityCurve c = byId.get(ids.get(m));
            own[m] = SnapshotReturns.of(c.equities());
            stats[m] = SharpeStats.of(own[m]);
            grid.add(HourlySeries.of(c));
        }
        Double benchmark = SharpeStats.deflatedBenchmark(Arrays.stream(stats)
                .filter(s -> s.sharpe() != null).mapToDouble(SharpeStats::sharpe).toArray());

        List<PairVerdict> pairs = pairs(ids, grid, options.alpha());

        double[][] panel = HourlySeries.common(grid).returns();
        boolean usePanel = panel[0].length >= MIN_PANEL_RETURNS;
        double[][] resampled = usePanel ? panel : own;
        int t = usePanel ? panel[0].length : Arrays.stream(own).mapToInt(r -> r.length).max().orElse(0);
        int blockLength = options.blockLength() != null ? options.blockLength()
                : StationaryBootstrap.defaultBlockLength(t);
        double[] totals = ids.stream().mapToDouble(id -> ranked.get(id).entry().totalReturnPct()).toArray();
        StationaryBootstrap.Replicates reps = new StationaryBootstrap(resampled, totals, blockLength)
                .run(options.replicates(), options.seed(), options.threads(), control);
        double[][] rankShares = rankProbabilities(reps.totalReturnPct(), options.replicates());

        double lowQ = (1 - options.level()) / 2;
        List<ModelVerdict> models = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            String id = ids.get(m);
            SharpeStats s = stats[m];
            EquityCurve c = byId.get(id);
            double elapsedDays = (c.last().timestamp().epochSeconds() - c.first().timestamp().epochSeconds()) / 86400;
            int[] record = record(id, pairs);
            models.add(new ModelVerdict(id, ranked.get(id).rank(), s.n(), s.sharpe(), s.skewness(), s.kurtosis(),
                    s.psr(0), s.minTrackRecord(), s.minTrackRecordDays(elapsedDays),
                    benchmark == null ? null : s.psr(benchmark), totals[m],
                    interval(reps.totalReturnPct()[m], lowQ), interval(reps.sharpe()[m], lowQ),
                    Arrays.stream(rankShares[m]).boxed().toList(), record[0], record[1], record[2]));
        }
        String leader = ranking.get(0).modelId();
        List<String> best = bestSet(ids, leader, pairs);
        return new VerdictResult(options.alpha(), options.level(), options.replicates(), options.seed(), blockLength,
                usePanel, models, pairs, best, Headline.of(leader, models, pairs, best, options.alpha()));
    }

    /** Every pair a &lt; b by id on their common hours, with Holm's adjustment over the pairs that have a p-value. */
    static List<PairVerdict> pairs(List<String> ids, List<HourlySeries> grid, double alpha) {
        List<String[]> names = new ArrayList<>();
        List<SharpeDifference> tests = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                double[][] r = HourlySeries.common(List.of(grid.get(a), grid.get(b))).returns();
                names.add(new String[] {ids.get(a), ids.get(b)});
                tests.add(SharpeDifference.of(r[0], r[1]));
            }
        }
        double[] adjusted = Holm.adjust(tests.stream().filter(x -> x.pValue() != null)
                .mapToDouble(SharpeDifference::pValue).toArray());
        List<PairVerdict> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < tests.size(); i++) {
            SharpeDifference d = tests.get(i);
            Double holm = d.pValue() == null ? null : adjusted[k++];
            String winner = holm != null && holm < alpha && d.sharpeDiff() != 0
                    ? (d.sharpeDiff() > 0 ? names.get(i)[0] : names.get(i)[1]) : null;
            out.add(new PairVerdict(names.get(i)[0], names.get(i)[1], d.n(), d.sharpeDiff(), d.z(), d.pValue(), holm,
                    d.correlation(), winner));
        }
        return out;
    }

    /** {beats, ties, loses} of a model over its pairs. */
    private static int[] record(String id, List<PairVerdict> pairs) {
        int[] r = new int[3];
        for (PairVerdict p : pairs) {
            if (p.involves(id)) {
                r[p.winner() == null ? 1 : p.winner().equals(id) ? 0 : 2]++;
            }
        }
        return r;
    }

    /** The leader and every model whose pair with the leader has no winner or is won by that model, by id. */
    static List<String> bestSet(List<String> ids, String leader, List<PairVerdict> pairs) {
        List<String> best = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(leader)) {
                best.add(id);
                continue;
            }
            PairVerdict p = pairs.stream().filter(x -> x.involves(id) && x.involves(leader)).findFirst().orElseThrow();
            if (!leader.equals(p.winner())) {
                best.add(id);
            }
        }
        return best;
    }

    /** Per model, the share of replicates in which it ranks 1..N by total return (ties: the lower id first). */
    static double[][] rankProbabilities(double[][] totals, int replicates) {
        int count = totals.length;
        double[][] shares = new double[count][count];
        Integer[] order = new Integer[count];
        for (int r = 0; r < replicates; r++) {
            for (int m = 0; m < count; m++) {
                order[m] = m;
            }
            final int rep = r;
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(totals[y][rep], totals[x][rep]);
                return c != 0 ? c : Integer.compare(x, y);
            });
            for (int rank = 0; rank < count; rank++) {
                shares[order[rank]][rank]++;
            }
        }
        for (double[] row : shares) {
            for (int i = 0; i < row.length; i++) {
                row[i] /= replicates;
            }
        }
        return shares;
    }

    private static ModelVerdict.Interval interval(double[] values, double lowQ) {
        Double low = StationaryBootstrap.percentile(values, lowQ);
        Double high = StationaryBootstrap.percentile(values, 1 - lowQ);
        return low == null ? null : new ModelVerdict.Interval(low, high);
    }
}
