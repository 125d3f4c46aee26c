package com.battlescope.service.view;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which live snapshots extend a shown chart at the end of its curves. Rows the query does not show (other models,
 * outside the range) change nothing; a model the chart has no curve for yet, or a row not after its curve's last
 * point (a back-fill), needs a reload instead: then the answer is empty.
 */
public final class NewPoints {
    private static final Comparator<HourlySnapshot> TIME_ORDER = Comparator.comparing(HourlySnapshot::timestamp)
            .thenComparing(HourlySnapshot::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private NewPoints() {
    }

    /**
     * @param lastShown the time of each shown curve's last point, by model
     * @param rows      the new snapshots, in any order
     * @return the rows to append by model, each in time order; empty when the chart must be reloaded
     */
    public static Optional<Map<String, List<HourlySnapshot>>> of(ViewQuery q, Map<String, Stamp> lastShown,
                                                               List<HourlySnapshot> rows) {
        Map<String, List<HourlySnapshot>> out = new LinkedHashMap<>();
        for (HourlySnapshot s : rows) {
            if (!q.includes(s.modelId()) || !q.range().contains(s.timestamp())) {
                continue;
            }
            Stamp last = lastShown.get(s.modelId());
            if (last == null || s.timestamp().compareTo(last) <= 0) {
                return Optional.empty();
            }
            out.computeIfAbsent(s.modelId(), m -> new ArrayList<>()).add(s);
        }
        out.values().forEach(list -> list.sort(TIME_ORDER));
        return Optional.of(out);
    }
}
