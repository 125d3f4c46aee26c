package com.battlescope.service.view;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank history for folders without leaderboard snapshots: at each given time, every model is ranked on its
 * snapshots up to that time with the engine's order over a real timeframe window ({@link Rankings}).
 */
final class ComputedRanks {
    private ComputedRanks() {
    }

    /**
     * @param curves   every model's curve from its first snapshot (earlier points feed the windows)
     * @param capitals initial capital per model (all-time returns)
     * @param times    ascending times to rank at
     * @return points per model id, in time order; a model enters at its first snapshot
     */
    static Map<String, List<RankPoint>> at(Map<String, EquityCurve> curves, Map<String, Double> capitals,
                                           Timeframe timeframe, List<Stamp> times) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> previous = new HashMap<>();
        Map<String, List<RankPoint>> out = new LinkedHashMap<>();
        for (Stamp t : times) {
            Map<String, EquityCurve> upTo = new LinkedHashMap<>();
            curves.forEach((model, curve) -> {
                List<HourlySnapshot> points = curve.points();
                int n = seen.getOrDefault(model, 0);
                while (n < points.size() && points.get(n).timestamp().local().compareTo(t.local()) <= 0) {
                    n++;
                }
                seen.put(model, n);
                if (n > 0) {
                    upTo.put(model, EquityCurve.of(points.subList(0, n)));
                }
            });
            for (RankedModel r : Rankings.rankTimeframe(upTo, capitals, timeframe)) {
                Integer before = previous.put(r.modelId(), r.rank());
                out.computeIfAbsent(r.modelId(), k -> new ArrayList<>())
                        .add(new RankPoint(t, r.rank(), before, r.entry().totalReturnPct()));
            }
        }
        return out;
    }
}
