package com.battlescope.data;

/** A model's closed trades summed up in SQL: counts, gross profit and loss (both >= 0), best and worst pnl. */
public record ModelTradeTotals(String modelId, int trades, int winners, int losers, double grossProfit,
                               double grossLoss, Double best, Double worst) {
}
