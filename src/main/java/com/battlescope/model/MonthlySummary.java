package com.battlescope.model;

/** One row of {@code monthly_summaries}. */
public record MonthlySummary(Long id, String modelId, int year, int month, double startingEquity,
                             double endingEquity, double monthlyReturnPct, int totalTrades, int winningTrades,
                             int losingTrades, Double winRate, Double profitFactor, Double sharpeRatio,
                             Double maxDrawdownPct) {
}
