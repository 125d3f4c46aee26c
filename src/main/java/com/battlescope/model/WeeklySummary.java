package com.battlescope.model;

import java.time.LocalDate;

/** One row of {@code weekly_summaries}. */
public record WeeklySummary(Long id, String modelId, LocalDate weekStart, LocalDate weekEnd, double startingEquity,
                            double endingEquity, double weeklyReturnPct, int totalTrades, int winningTrades,
                            int losingTrades, Double winRate, Double sharpeRatio, Double maxDrawdownPct) {
}
