package com.battlescope.service.demo;

import com.battlescope.analytics.Drawdowns;
import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.Stats;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.DailySummary;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * One model's running day, week (Monday to Sunday) and month, for the summary tables. Each period starts
 * from the equity at the end of the one before (the initial capital at first); Sharpe ratios follow the
 * engine's sqrt(252) convention over the period's snapshot (daily) or daily-close (weekly, monthly) returns.
 */
final class PeriodBook {
    private final String modelId;
    private double lastEquity;
    private LocalDate day;
    private double dayOpen;
    private final DoubleList dayEquities = new DoubleList();
    private int opened;
    private int closed;
    private LocalDate weekStart;
    private final DoubleList weekCloses = new DoubleList();
    private final Tally week = new Tally();
    private YearMonth month;
    private final DoubleList monthCloses = new DoubleList();
    private final Tally monthTally = new Tally();

    /** Closed trades of a period. */
    private static final class Tally {
        int trades;
        int wins;
        int losses;
        double grossProfit;
        double grossLoss;

        void add(double pnl) {
            trades++;
            if (pnl > 0) {
                wins++;
                grossProfit += pnl;
            } else if (pnl < 0) {
                losses++;
                grossLoss -= pnl;
            }
        }

        Double winRate() {
            return trades == 0 ? null : wins * 100.0 / trades;
        }

        void clear() {
            trades = 0;
            wins = 0;
            losses = 0;
            grossProfit = 0;
            grossLoss = 0;
        }
    }

    PeriodBook(String modelId, double startEquity) {
        this.modelId = modelId;
        this.lastEquity = startEquity;
    }

    void opened(LocalDate date) {
        roll(date);
        opened++;
    }

    void closed(LocalDate date, double pnl) {
        roll(date);
        closed++;
        week.add(pnl);
        monthTally.add(pnl);
    }

    void snapshot(LocalDate date, double equity) {
        roll(date);
        dayEquities.add(equity);
        lastEquity = equity;
    }

    private void roll(LocalDate date) {
        if (date.equals(day)) {
            return;
        }
        if (day != null && dayEquities.size() > 0) {
            weekCloses.add(dayEquities.last());
            monthCloses.add(dayEquities.last());
        }
        day = date;
        dayOpen = lastEquity;
        dayEquities.clear();
        opened = 0;
        closed = 0;
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!monday.equals(weekStart)) {
            weekStart = monday;
            weekCloses.clear();
            weekCloses.add(lastEquity);
            week.clear();
        }
        YearMonth ym = YearMonth.from(date);
        if (!ym.equals(month)) {
            month = ym;
            monthCloses.clear();
            monthCloses.add(lastEquity);
            monthTally.clear();
        }
    }

    boolean hasDay() {
        return day != null && dayEquities.size() > 0;
    }

    DailySummary daily() {
        double[] e = dayEquities.toArray();
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        for (double v : e) {
            high = Math.max(high, v);
            low = Math.min(low, v);
        }
        double close = e[e.length - 1];
        double[] path = prepend(dayOpen, e);
        return new DailySummary(null, modelId, day, dayOpen, close, high, low, Market.cents(close - dayOpen),
                (close - dayOpen) / dayOpen * 100, opened, closed, maxDrawdownPct(path), sharpe(path));
    }

    WeeklySummary weekly() {
        double[] closes = withToday(weekCloses);
        double start = closes[0];
        double end = closes[closes.length - 1];
        return new WeeklySummary(null, modelId, weekStart, weekStart.plusDays(6), start, end,
                (end - start) / start * 100, week.trades, week.wins, week.losses, week.winRate(), sharpe(closes),
                maxDrawdownPct(closes));
    }

    MonthlySummary monthly() {
        double[] closes = withToday(monthCloses);
        double start = closes[0];
        double end = closes[closes.length - 1];
        return new MonthlySummary(null, modelId, month.getYear(), month.getMonthValue(), start, end,
                (end - start) / start * 100, monthTally.trades, monthTally.wins, monthTally.losses,
                monthTally.winRate(),
                TradeStats.profitFactor(monthTally.trades, monthTally.grossProfit, monthTally.grossLoss),
                sharpe(closes), maxDrawdownPct(closes));
    }

    private double[] withToday(DoubleList closes) {
        double[] past = closes.toArray();
        double[] all = java.util.Arrays.copyOf(past, past.length + 1);
        all[past.length] = dayEquities.last();
        return all;
    }

    private static double[] prepend(double first, double[] rest) {
        double[] all = new double[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static Double sharpe(double[] equities) {
        return Stats.annualisedSharpe(Stats.simpleReturns(equities), Metrics.ENGINE_PERIODS_PER_YEAR);
    }

    /** The true maximum percent fall from a running peak. */
    static double maxDrawdownPct(double[] equities) {
        return Drawdowns.max(equities).maxPct();
    }
}
