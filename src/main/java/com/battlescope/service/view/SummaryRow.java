package com.battlescope.service.view;

import com.battlescope.model.DailySummary;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;
import java.time.LocalDate;

/**
 * One model's period in the shape common to the three summary tables. Figures a table does not have are
 * null: high/low and trades opened only for days, winners/losers/win rate for weeks and months, profit
 * factor for months. {@code trades} is trades closed (days) or total trades (weeks, months).
 */
public record SummaryRow(String modelId, LocalDate start, LocalDate end, double startEquity, double endEquity,
                         Double highEquity, Double lowEquity, double pnl, double returnPct, Integer tradesOpened,
                         int trades, Integer winners, Integer losers, Double winRate, Double profitFactor,
                         Double sharpeRatio, Double maxDrawdownPct) {

    public static SummaryRow of(DailySummary d) {
        return new SummaryRow(d.modelId(), d.date(), d.date(), d.openingEquity(), d.closingEquity(), d.highEquity(),
                d.lowEquity(), d.dailyPnl(), d.dailyReturnPct(), d.tradesOpened(), d.tradesClosed(), null, null,
                null, null, d.sharpeRatio(), d.maxDrawdownPct());
    }

    public static SummaryRow of(WeeklySummary w) {
        return new SummaryRow(w.modelId(), w.weekStart(), w.weekEnd(), w.startingEquity(), w.endingEquity(), null,
                null, w.endingEquity() - w.startingEquity(), w.weeklyReturnPct(), null, w.totalTrades(),
                w.winningTrades(), w.losingTrades(), w.winRate(), null, w.sharpeRatio(), w.maxDrawdownPct());
    }

    public static SummaryRow of(MonthlySummary m) {
        LocalDate first = LocalDate.of(m.year(), m.month(), 1);
        return new SummaryRow(m.modelId(), first, first.plusMonths(1).minusDays(1), m.startingEquity(),
                m.endingEquity(), null, null, m.endingEquity() - m.startingEquity(), m.monthlyReturnPct(), null,
                m.totalTrades(), m.winningTrades(), m.losingTrades(), m.winRate(), m.profitFactor(), m.sharpeRatio(),
                m.maxDrawdownPct());
    }
}
