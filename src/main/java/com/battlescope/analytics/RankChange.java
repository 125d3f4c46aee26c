package com.battlescope.analytics;

import com.battlescope.model.Stamp;

/** One line of rank history; {@code change = rank - previousRank}, positive when the model fell. */
public record RankChange(String modelId, String timeframe, Stamp snapshotTime, int rank, double totalReturnPct,
                         Integer previousRank, Integer change) {
}
