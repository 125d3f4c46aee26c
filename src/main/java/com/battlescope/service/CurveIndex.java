package com.battlescope.service;

import com.battlescope.analytics.AlignedReduction;
import com.battlescope.analytics.DayCurve;
import com.battlescope.data.ModelDecisionCounts;
import com.battlescope.data.ModelTradeTotals;
import com.battlescope.data.index.CurveIndexReader;
import com.battlescope.data.index.IndexStore;
import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BattleScope's pre-aggregated curves of a battle (the index's curve part): each model's {@link CurveDay}s and its
 * decision counts. The figures read from here are the ones {@link DayCurve} computes from the snapshots, so a query
 * answers the same with or without the index; {@link Battle#curveIndex()} hands it out only while it covers every
 * snapshot of the battle.
 */
public final class CurveIndex implements AutoCloseable {
    private final CurveIndexReader reader;

    private CurveIndex(CurveIndexReader reader) {
        this.reader = reader;
    }

    /** The curves of a complete index, or null when there is none (or it is being built). */
    public static CurveIndex open(IndexStore store) {
        CurveIndexReader reader = CurveIndexReader.open(store);
        return reader == null ? null : new CurveIndex(reader);
    }

    /** Whether the stored curves answer for the battle as it is now (every snapshot up to its newest id). */
    boolean covers(Battle battle) {
        return reader.coversSnapshots(battle.maxSnapshotId());
    }

    /** Every model's days (models in id order). */
    public Map<String, DayCurve> curves() {
        Map<String, DayCurve> out = new TreeMap<>();
        reader.days().forEach((model, days) -> out.put(model, DayCurve.of(days)));
        return out;
    }

    /**
     * Every model's curve resumed from its stored fold and its first and last day (models in id order): the figures
     * of {@link #curves()} from a few rows per model, without the days ({@link DayCurve#resume}).
     */
    public Map<String, DayCurve> folded() {
        Map<String, DayCurve> out = new TreeMap<>();
        reader.folds().forEach((model, state) -> out.put(model, DayCurve.resume(DayCurve.Fold.of(state),
                reader.endDay(model, true).first(), reader.endDay(model, false))));
        return out;
    }

    /** The equities at positions (0-based, ascending) of a model's curve, read from the days they fall in. */
    public double[] equitiesAt(DayCurve curve, int[] positions) {
        int[] dayOf = new int[positions.length];
        int[] offset = new int[positions.length];
        TreeSet<LocalDate> needed = new TreeSet<>();
        int d = 0;
        int start = 0;
        for (int i = 0; i < positions.length; i++) {
            while (positions[i] >= start + curve.count(d)) {
                start += curve.count(d++);
            }
            dayOf[i] = d;
            offset[i] = positions[i] - start;
            needed.add(curve.date(d));
        }
        Map<LocalDate, double[]> read = reader.equities(curve.first().modelId(), needed);
        double[] out = new double[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = read.get(curve.date(dayOf[i]))[offset[i]];
        }
        return out;
    }

    /** A model's number of snapshots and its first and last one, as the equity chart needs them. */
    public record Extent(long snapshots, HourlySnapshot first, HourlySnapshot last) {
    }

    /** Each model's {@link Extent} (models in id order); a few rows per model. */
    public Map<String, Extent> extents() {
        Map<String, Extent> out = new TreeMap<>();
        reader.snapshotCounts().forEach((model, n) -> out.put(model,
                new Extent(n, reader.endDay(model, true).first(), reader.endDay(model, false).last())));
        return out;
    }

    /** A model's equity reduced to buckets of whole days from the index's pyramid ({@link AlignedReduction}). */
    public List<AlignedReduction.Point> reduced(String model, Extent extent, int maxPoints) {
        int width = AlignedReduction.widthDays(extent.first().timestamp(), extent.last().timestamp(), maxPoints);
        return AlignedReduction.of(reader.buckets(model, width), point(extent.first()), point(extent.last()));
    }

    private static AlignedReduction.Point point(HourlySnapshot s) {
        return new AlignedReduction.Point(s.timestamp(), s.equity());
    }

    /**
     * The per-model all-time trade totals when they were summed over the battle's trade_log as it is now (up to its
     * largest id; a rewritten trade_log makes the index rebuild).
     */
    public Optional<List<ModelTradeTotals>> tradeTotals(Battle battle) {
        return reader.tradeTotals(battle.maxTradeId());
    }

    /** The per-model decision counts when they cover every decision of the battle, else empty. */
    public Optional<List<ModelDecisionCounts>> decisionCounts(Battle battle) {
        if (!reader.coversDecisions(battle.maxDecisionId())) {
            return Optional.empty();
        }
        List<ModelDecisionCounts> out = new ArrayList<>();
        reader.decisionCounts().forEach((model, c) -> out.add(new ModelDecisionCounts(model, c[0], c[1])));
        return Optional.of(out);
    }

    @Override
    public void close() {
        reader.close();
    }
}
