package com.battlescope.service.view;

import com.battlescope.model.ChartData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bump chart and, per shown model, its points with the previous rank and return (the chart's series hold
 * the ranks only). {@code computed} is true when ranks come from hourly snapshots, not leaderboard snapshots.
 */
public record RankHistoryChart(ChartData chart, Map<String, List<RankPoint>> points, boolean computed) {
    public RankHistoryChart {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }
}
