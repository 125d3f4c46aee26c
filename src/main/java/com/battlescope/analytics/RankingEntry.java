package com.battlescope.analytics;

/** The figures the leaderboard order uses. */
public record RankingEntry(String modelId, double totalReturnPct, Double sharpeRatio, Double maxDrawdownPct) {
}
