package com.battlescope.analytics.quality;

import com.battlescope.analytics.JulianDay;
import com.battlescope.analytics.Moment;
import com.battlescope.analytics.Moments;
import com.battlescope.analytics.Stats;
import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import com.battlescope.model.TimedDecision;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The figures of quality.md from decision columns: the one place where they are defined in code. */
public final class QualityFigures {
    private static final String[] KIND_TEXT = {"other", "buy", "sell", "hold"};

    private QualityFigures() {
    }

    /**
     * @param models          the models to judge (null or empty = all); every model's decisions make the price paths
     * @param snapshotsByModel per model {snapshots in range, those with positions_count > 0}
     * @param cancelled       polled between symbols; true stops the work with a {@link java.util.concurrent.CancellationException}
     */
    public static QualityReport compute(DecisionColumns cols, Set<String> models, Map<String, int[]> snapshotsByModel,
                                        Horizon horizon, double windowMinutes, BooleanSupplier cancelled) {
        List<String> modelIds = cols.models();
        boolean[] selected = new boolean[modelIds.size()];
        for (int m = 0; m < selected.length; m++) {
            selected[m] = models == null || models.isEmpty() || models.contains(modelIds.get(m));
        }
        int n = cols.size;
        boolean[] hasRows = new boolean[modelIds.size()];
        boolean[] overOne = new boolean[modelIds.size()];
        for (int i = 0; i < n; i++) {
            int m = cols.model(i);
            if (cols.inRange(i) && selected[m]) {
                hasRows[m] = true;
                if (cols.confidence(i) > 1) {
                    overOne[m] = true;
                }
            }
        }
        Acc[] acc = new Acc[modelIds.size()];
        for (int m = 0; m < acc.length; m++) {
            acc[m] = new Acc(overOne[m] ? 100 : 1);
        }
        int[] counts = cols.symbolCounts();
        List<SplitMoment> splits = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("quality cancelled");
            }
            int[] order = cols.symbolRows(s, counts[s]);
            double[] forward = symbol(cols, order, horizon, selected, acc);
            splits.addAll(splitMoments(cols, order, selected, windowMinutes, forward, acc));
        }
        List<ModelQuality> out = new ArrayList<>();
        for (int m = 0; m < acc.length; m++) {
            if (hasRows[m]) {
                String id = modelIds.get(m);
                out.add(acc[m].figures(id, snapshotsByModel.getOrDefault(id, new int[2])));
            }
        }
        out.sort(Comparator.comparing(ModelQuality::modelId));
        int majority = 0;
        int minority = 0;
        int counted = 0;
        for (SplitMoment sm : splits) {
            Boolean maj = sm.majorityRight();
            if (maj != null) {
                counted++;
                majority += maj ? 1 : 0;
                minority += sm.minorityRight() ? 1 : 0;
            }
        }
        return new QualityReport(horizon.hours(), windowMinutes, out, splits,
                counted == 0 ? null : (double) majority / counted, counted == 0 ? null : (double) minority / counted);
    }

    /**
     * Forward returns, hits, calibration, plans, holds and unexecuted decisions of one symbol's rows (judged: in
     * range and of a selected model).
     *
     * @param order the symbol's rows in time order
     * @return the forward returns of {@code order}'s rows, by position in it
     */
    private static double[] symbol(DecisionColumns cols, int[] order, Horizon horizon, boolean[] selected,
                                   Acc[] acc) {
        int len = order.length;
        long[] times = new long[len];
        double[] prices = new double[len];
        int pathLen = 0;
        for (int k = 0; k < len; k++) {
            int i = order[k];
            times[k] = cols.micros[i];
            prices[k] = cols.price(i);
            if (cols.price(i) > 0) {
                pathLen++;
            }
        }
        long[] pt = new long[pathLen];
        double[] pp = new double[pathLen];
        for (int k = 0, j = 0; k < len; k++) {
            if (prices[k] > 0) {
                pt[j] = times[k];
                pp[j++] = prices[k];
            }
        }
        PricePath path = new PricePath(pt, pp);
        double[] fwd = path.forwardReturns(times, prices, horizon.micros());
        int after = 0;
        for (int k = 0; k < len; k++) {
            int i = order[k];
            after = path.firstAfter(times[k], after);
            int m = cols.model(i);
            if (cols.inRange(i) && selected[m]) {
                acc[m].add(cols, i, fwd[k], path, after);
            }
        }
        return fwd;
    }

    /**
     * The split moments of one symbol: the decision comparison's moments ({@link Moments}), built only where the
     * window around a cluster's time holds a buy and a sell (no other moment can be split).
     */
    private static List<SplitMoment> splitMoments(DecisionColumns cols, int[] order, boolean[] selected,
                                                  double windowMinutes, double[] forward, Acc[] acc) {
        int n = 0;
        for (int i : order) {
            n += selected[cols.model(i)] ? 1 : 0;
        }
        int[] rows = new int[n];
        double[] fwd = new double[n];
        double[] jd = new double[n];
        int inRangeCount = 0;
        for (int k = 0, j = 0; k < order.length; k++) {
            int i = order[k];
            if (selected[cols.model(i)]) {
                rows[j] = i;
                fwd[j] = forward[k];
                jd[j++] = JulianDay.ofEpochMicros(cols.micros[i]);
                inRangeCount += cols.inRange(i) ? 1 : 0;
            }
        }
        byRowWithinEqualDays(rows, fwd, jd);
        int[] inRange = new int[inRangeCount];
        double[] inRangeJd = new double[inRangeCount];
        int[] buys = new int[n + 1];
        int[] sells = new int[n + 1];
        for (int k = 0, j = 0; k < n; k++) {
            int side = cols.side(rows[k]);
            buys[k + 1] = buys[k] + (side > 0 ? 1 : 0);
            sells[k + 1] = sells[k] + (side < 0 ? 1 : 0);
            if (cols.inRange(rows[k])) {
                inRange[j] = k;
                inRangeJd[j++] = jd[k];
            }
        }
        List<String> modelIds = cols.models();
        String symbol = n == 0 ? null : cols.symbols().get(cols.symbol(rows[0]));
        List<SplitMoment> out = new ArrayList<>();
        for (int[] cluster : Moments.clusterBounds(inRangeJd, windowMinutes)) {
            int anchor = inRange[cluster[0]];
            int[] near = Moments.nearRange(jd, jd[anchor], windowMinutes);
            if (buys[near[1]] == buys[near[0]] || sells[near[1]] == sells[near[0]]) {
                continue;
            }
            List<TimedDecision> candidates = new ArrayList<>();
            for (int k = near[0]; k < near[1]; k++) {
                int i = rows[k];
                candidates.add(new TimedDecision(new Decision((long) i, modelIds.get(cols.model(i)), symbol,
                        KIND_TEXT[cols.kind(i)], null, null, null, cols.price(i), null, null, null, null, null,
                        cols.executed(i), null, null, null), jd[k]));
            }
            Moment moment = Moments.at(candidates, stamp(cols, rows[anchor], true), jd[anchor], windowMinutes);
            SplitMoment split = split(cols, moment, rows, fwd, near, acc);
            if (split != null) {
                out.add(split);
            }
        }
        return out;
    }

    /**
     * The moment as a split moment (counting each side's model), or null when nobody bought or nobody sold.
     *
     * @param rows    the symbol's rows, {@code forward} their forward returns; the moment's are within {@code near}
     */
    private static SplitMoment split(DecisionColumns cols, Moment moment, int[] rows, double[] forward, int[] near,
                                     Acc[] acc) {
        int buyers = 0;
        int sellers = 0;
        for (Decision d : moment.byModel().values()) {
            int side = cols.side(d.id().intValue());
            buyers += side > 0 ? 1 : 0;
            sellers += side < 0 ? 1 : 0;
        }
        if (buyers == 0 || sellers == 0) {
            return null;
        }
        List<SplitMoment.Take> takes = new ArrayList<>();
        int earliest = -1;
        double earliestForward = Double.NaN;
        for (Decision d : moment.byModel().values()) {
            int i = d.id().intValue();
            int side = cols.side(i);
            double fwd = forward[positionOf(rows, i, near)];
            if (!Double.isNaN(fwd) && (earliest < 0 || before(cols, i, earliest))) {
                earliest = i;
                earliestForward = fwd;
            }
            if (side != 0) {
                SplitMoment.Take take = new SplitMoment.Take(d.modelId(), side,
                        Double.isNaN(fwd) ? null : side * fwd);
                takes.add(take);
                acc[cols.model(i)].split(take.right());
            }
        }
        return new SplitMoment(moment.symbol(), moment.time(), buyers, sellers,
                earliest < 0 ? null : earliestForward, takes);
    }

    /** Where {@code row} is in {@code rows[near[0], near[1])}. */
    private static int positionOf(int[] rows, int row, int[] near) {
        for (int k = near[0]; k < near[1]; k++) {
            if (rows[k] == row) {
                return k;
            }
        }
        throw new IllegalStateException("row " + row + " is not near the moment");
    }

    /**
     * Rows in time order become (julian day, row) order, {@code forward} moving along: only rows within one
     * millisecond can swap.
     */
    private static void byRowWithinEqualDays(int[] rows, double[] forward, double[] jd) {
        for (int k = 1; k < rows.length; k++) {
            int r = rows[k];
            double f = forward[k];
            int j = k - 1;
            while (j >= 0 && jd[j] == jd[k] && rows[j] > r) {
                j--;
            }
            if (j < k - 1) {
                System.arraycopy(rows, j + 1, rows, j + 2, k - 1 - j);
                System.arraycopy(forward, j + 1, forward, j + 2, k - 1 - j);
                rows[j + 1] = r;
                forward[j + 1] = f;
            }
        }
    }

    private static boolean before(DecisionColumns cols, int i, int j) {
        return cols.micros[i] < cols.micros[j] || (cols.micros[i] == cols.micros[j] && i < j);
    }

    /** The row's time as a stamp: its wall-clock time as written and its offset (text left empty unless asked). */
    static Stamp stamp(DecisionColumns cols, int i, boolean withText) {
        int off = cols.offsetSeconds(i);
        long local = cols.micros[i] + (off == DecisionColumns.NO_OFFSET ? 0 : off * 1_000_000L);
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(local, 1_000_000L),
                (int) Math.floorMod(local, 1_000_000L) * 1000, ZoneOffset.UTC);
        ZoneOffset offset = off == DecisionColumns.NO_OFFSET ? null : ZoneOffset.ofTotalSeconds(off);
        Stamp s = new Stamp("", t, offset);
        return withText ? new Stamp(s.engineText(), t, offset) : s;
    }

    /** One model's running sums. */
    private static final class Acc {
        private final double scale;
        private int directional;
        private int withForward;
        private int hits;
        private double sumSigned;
        private double[] c = new double[64];
        private boolean[] hit = new boolean[64];
        private double[] signedWithC = new double[64];
        private int nc;
        private int planN;
        private int targetFirst;
        private int stopFirst;
        private double[] r = new double[64];
        private int holdsN;
        private double holdsSum;
        private int unexecutedN;
        private int unexecutedWithForward;
        private double unexecutedSum;
        private int splitsN;
        private int splitsRight;

        Acc(double scale) {
            this.scale = scale;
        }

        void add(DecisionColumns cols, int i, double fwd, PricePath path, int after) {
            int side = cols.side(i);
            boolean hasForward = !Double.isNaN(fwd);
            if (cols.kind(i) == DecisionColumns.HOLD && hasForward) {
                holdsN++;
                holdsSum += Math.abs(fwd);
            }
            if (side == 0) {
                return;
            }
            directional++;
            double signed = side * fwd;
            if (hasForward) {
                withForward++;
                sumSigned += signed;
                hits += signed > 0 ? 1 : 0;
                if (!Double.isNaN(cols.confidence(i))) {
                    if (nc == c.length) {
                        c = Arrays.copyOf(c, nc * 2);
                        hit = Arrays.copyOf(hit, nc * 2);
                        signedWithC = Arrays.copyOf(signedWithC, nc * 2);
                    }
                    c[nc] = cols.confidence(i) / scale;
                    hit[nc] = signed > 0;
                    signedWithC[nc++] = signed;
                }
            }
            if (!cols.executed(i)) {
                unexecutedN++;
                if (hasForward) {
                    unexecutedWithForward++;
                    unexecutedSum += signed;
                }
            }
            double entry = Double.isNaN(cols.entry(i)) ? cols.price(i) : cols.entry(i);
            double stop = cols.stop(i);
            double target = cols.target(i);
            if (PricePath.consistentPlan(side, entry, stop, target)) {
                byte outcome = path.planOutcome(after, cols.micros[i], side, target, stop);
                targetFirst += outcome == PricePath.TARGET_FIRST ? 1 : 0;
                stopFirst += outcome == PricePath.STOP_FIRST ? 1 : 0;
                if (planN == r.length) {
                    r = Arrays.copyOf(r, planN * 2);
                }
                r[planN++] = PricePath.plannedR(entry, stop, target);
            }
        }

        void split(boolean right) {
            splitsN++;
            splitsRight += right ? 1 : 0;
        }

        ModelQuality figures(String modelId, int[] snapshots) {
            List<CalibrationBin> bins = Calibration.bins(c, hit, nc);
            double medianR = Stats.median(Arrays.copyOf(r, planN));
            PlanAdherence plan = new PlanAdherence(planN, targetFirst, stopFirst, planN - targetFirst - stopFirst,
                    planN == 0 ? null : medianR);
            return new ModelQuality(modelId, directional, withForward,
                    withForward == 0 ? null : (double) hits / withForward,
                    withForward == 0 ? null : sumSigned / withForward * 100,
                    Calibration.brier(c, hit, nc), Calibration.ece(bins), bins, Spearman.rho(c, signedWithC, nc),
                    plan, splitsN, splitsRight, holdsN, holdsN == 0 ? null : holdsSum / holdsN * 100, unexecutedN,
                    unexecutedWithForward == 0 ? null : unexecutedSum / unexecutedWithForward * 100,
                    snapshots[0] == 0 ? null : snapshots[1] * 100.0 / snapshots[0]);
        }
    }
}
