package com.battlescope.model;

import java.time.LocalDate;

/** One row of {@code daily_summaries}. */
public record DailySummary(Long id, String modelId, LocalDate date, double openingEquity, double closingEquity,
                           double highEquity, double lowEquity, double dailyPnl, double dailyReturnPct,
                           int tradesOpened, int tradesClosed, Double maxDrawdownPct, Double sharpeRatio) {
}
