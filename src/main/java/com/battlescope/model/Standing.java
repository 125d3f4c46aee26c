package com.battlescope.model;

/** One row of {@code current_standings}. {@code profitFactor} may be infinite. */
public record Standing(String modelId, double totalReturnPct, double totalReturnDollars, double currentEquity,
                       Double sharpeRatio, Double maxDrawdownPct, int totalTrades, Double winRate,
                       Double profitFactor, int openPositionsCount, double totalExposurePct, Stamp lastUpdated) {
}
