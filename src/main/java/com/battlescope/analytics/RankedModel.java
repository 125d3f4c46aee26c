package com.battlescope.analytics;

/** A leaderboard line: rank 1..N without ties. */
public record RankedModel(int rank, RankingEntry entry) {

    public String modelId() {
        return entry.modelId();
    }
}
