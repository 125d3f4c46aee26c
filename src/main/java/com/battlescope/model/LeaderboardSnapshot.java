package com.battlescope.model;

/** One row of {@code leaderboard_snapshots}: a model's rank and standing figures at a snapshot time. */
public record LeaderboardSnapshot(Long id, String modelId, String timeframe, Stamp snapshotTime, int rank,
                                  double totalReturnPct, double totalReturnDollars, double currentEquity,
                                  Double sharpeRatio, Double maxDrawdownPct, int totalTrades, Double winRate,
                                  Double profitFactor, int openPositionsCount, double totalExposurePct) {
}
