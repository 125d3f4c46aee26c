package com.battlescope.service;

import com.battlescope.analytics.DayCurve;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.data.CurveStore;
import com.battlescope.data.ModelDecisionCounts;
import com.battlescope.model.CurveDay;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BattleScope's pre-aggregated curves of a battle: each model's {@link CurveDay}s and its decision counts, kept in
 * BattleScope's index file and brought up to date from the ids of the engine's tables (the engine only appends).
 * A day that new snapshots land in is summed up again from its snapshots; a snapshot landing before a model's last
 * day rebuilds that model. The figures read from here are the ones {@link DayCurve} computes from the snapshots,
 * so a query answers the same with or without the index.
 */
public final class CurveIndex {
    static final String SNAPSHOT_CURSOR = "curve_snapshot_max_id";
    static final String DECISION_CURSOR = "curve_decision_max_id";
    /** 1 while every snapshot time is text in the engine's plain form (text order = time order), else 0. */
    static final String PLAIN_TIMES = "curve_plain_times";

    private final CurveStore store;

    public CurveIndex(CurveStore store) {
        this.store = store;
    }

    /** Reads what the battle appended since the last update and stores it (one transaction). */
    public void update(Battle battle) {
        store.createTables();
        long cursor = store.meta(SNAPSHOT_CURSOR, 0);
        long maxId = battle.maxSnapshotId();
        boolean plain = store.meta(PLAIN_TIMES, 1) == 1;
        Map<String, LocalDate> replaced = new HashMap<>();
        List<CurveDay> days = new ArrayList<>();
        List<double[]> equities = new ArrayList<>();
        if (maxId > cursor && plain) {
            List<HourlySnapshot> fresh = battle.snapshotsAfterId(cursor).stream().filter(s -> s.id() <= maxId).toList();
            plain = battle.numericSnapshotTimesAfterId(cursor) == 0 && fresh.stream().allMatch(s -> plain(s.timestamp()));
            if (plain) {
                summarise(battle, fresh, replaced, days, equities);
            }
        }
        Map<String, long[]> counts = new TreeMap<>();
        long decisionCursor = store.meta(DECISION_CURSOR, 0);
        long maxDecisionId = battle.maxDecisionId();
        if (maxDecisionId > decisionCursor) {
            for (ModelDecisionCounts c : battle.decisionCountsAfterId(decisionCursor, maxDecisionId)) {
                counts.put(c.modelId(), new long[] {c.decisions(), c.executedDecisions()});
            }
        }
        Map<String, Long> meta = new LinkedHashMap<>();
        meta.put(SNAPSHOT_CURSOR, maxId);
        meta.put(DECISION_CURSOR, maxDecisionId);
        meta.put(PLAIN_TIMES, plain ? 1L : 0L);
        store.apply(plain ? replaced : Map.of(), plain ? days : List.of(), plain ? equities : List.of(), counts, meta);
    }

    /** Per model: the days the new snapshots touch, summed up again from the snapshots. */
    private void summarise(Battle battle, List<HourlySnapshot> fresh, Map<String, LocalDate> replaced,
                           List<CurveDay> days, List<double[]> equities) {
        Map<String, List<HourlySnapshot>> byModel = new TreeMap<>();
        fresh.forEach(s -> byModel.computeIfAbsent(s.modelId(), k -> new ArrayList<>()).add(s));
        Map<String, LocalDate> lastDays = store.lastDays();
        byModel.forEach((model, rows) -> {
            LocalDate last = lastDays.get(model);
            LocalDate earliest = rows.stream().map(s -> s.timestamp().date()).min(LocalDate::compareTo).orElseThrow();
            List<HourlySnapshot> points;
            LocalDate from;
            if (last == null) {
                points = rows;
                from = null;
            } else if (earliest.isBefore(last)) {
                points = battle.snapshots(model, TimeRange.ALL);
                from = null;
            } else {
                points = battle.snapshots(model, new TimeRange(Stamp.of(last.atStartOfDay()), null));
                from = last;
            }
            List<HourlySnapshot> ordered = EquityCurve.of(points).points();
            int at = 0;
            for (CurveDay d : DayCurve.days(ordered)) {
                days.add(d);
                equities.add(ordered.subList(at, at + d.count()).stream().mapToDouble(HourlySnapshot::equity)
                        .toArray());
                at += d.count();
            }
            replaced.put(model, from);
        });
    }

    /** The engine's plain text form, whose text order is its time order (no offset, no "T", six digits or none). */
    static boolean plain(Stamp t) {
        return t.offset() == null && t.text().equals(Stamp.format(t.local()));
    }

    /** Whether the stored curves answer for the battle as it is now. */
    boolean covers(Battle battle) {
        return store.hasTables() && store.meta(PLAIN_TIMES, 0) == 1
                && store.meta(SNAPSHOT_CURSOR, -1) == battle.maxSnapshotId();
    }

    /** Every model's days (models in id order). */
    public Map<String, DayCurve> curves() {
        Map<String, DayCurve> out = new TreeMap<>();
        store.days().forEach((model, days) -> out.put(model, DayCurve.of(days)));
        return out;
    }

    /** The equities at positions (0-based, ascending) of a model's curve, read from the days they fall in. */
    public double[] equitiesAt(DayCurve curve, int[] positions) {
        List<CurveDay> days = curve.days();
        int[] dayOf = new int[positions.length];
        int[] offset = new int[positions.length];
        TreeSet<LocalDate> needed = new TreeSet<>();
        int d = 0;
        int start = 0;
        for (int i = 0; i < positions.length; i++) {
            while (positions[i] >= start + days.get(d).count()) {
                start += days.get(d++).count();
            }
            dayOf[i] = d;
            offset[i] = positions[i] - start;
            needed.add(days.get(d).date());
        }
        Map<LocalDate, double[]> read = store.equities(curve.first().modelId(), needed);
        double[] out = new double[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = read.get(days.get(dayOf[i]).date())[offset[i]];
        }
        return out;
    }

    /** The per-model decision counts when they cover every decision of the battle, else empty. */
    public Optional<List<ModelDecisionCounts>> decisionCounts(Battle battle) {
        if (store.meta(DECISION_CURSOR, -1) != battle.maxDecisionId()) {
            return Optional.empty();
        }
        List<ModelDecisionCounts> out = new ArrayList<>();
        store.decisionCounts().forEach((model, c) -> out.add(new ModelDecisionCounts(model, c[0], c[1])));
        return Optional.of(out);
    }
}
