package com.battlescope.service;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.index.DecisionIndexReader;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision log page through BattleScope's own index: the index gives the page's ids in order (or, with text,
 * candidates that the engine's own LIKE then confirms row by row), the rows are read from the engine file by id,
 * and the rows newer than what the index covers come from the engine file directly; so the page is the one the
 * engine file alone gives.
 */
final class IndexedPage {
    /** The SQL order: timestamp text descending, then id descending (the tail and the index rows are merged by it). */
    private static final Comparator<Decision> NEWEST_FIRST = Comparator
            .comparing((Decision d) -> d.timestamp().text())
            .thenComparing(Decision::id, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();
    private static final int MAX_BATCH = 4000;

    private IndexedPage() {
    }

    static List<Decision> read(DecisionMapper m, DecisionIndexReader index, DecisionFilter f, String beforeTime,
                               Long beforeId, int limit) {
        List<Decision> tail = m.getDecisionPageAfterId(f, beforeTime, beforeId, index.coveredMaxId(), limit);
        DecisionIndexReader.Candidates candidates = index.candidates(f, beforeTime, beforeId);
        DecisionFilter check = candidates.confirm() ? f : null;
        int batch = candidates.confirm() ? Math.max(limit, 200) : limit;
        List<Decision> rows = new ArrayList<>();
        while (rows.size() < limit) {
            List<DecisionIndexReader.Entry> ids = candidates.next(batch);
            if (ids.isEmpty()) {
                break;
            }
            Map<Long, Integer> order = new HashMap<>();
            for (DecisionIndexReader.Entry e : ids) {
                order.put(e.id(), order.size());
            }
            List<Decision> got = new ArrayList<>(m.getDecisionsByIds(ids.stream().map(DecisionIndexReader.Entry::id)
                    .toList(), check, beforeTime, beforeId));
            got.sort(Comparator.comparingInt(d -> order.get(d.id())));
            rows.addAll(got);
            batch = Math.min(MAX_BATCH, batch * 2);
        }
        if (tail.isEmpty()) {
            return rows.size() > limit ? rows.subList(0, limit) : rows;
        }
        List<Decision> all = new ArrayList<>(tail);
        all.addAll(rows);
        all.sort(NEWEST_FIRST);
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
