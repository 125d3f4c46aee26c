package com.battlescope.service.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of each summary period, named after the summary tables' own columns. */
public final class SummaryColumns {
    public static final String MODEL = "model";
    public static final String RETURN_PCT = "return-pct";

    private SummaryColumns() {
    }

    /** Trade-count headers say "(reconstructed)" when computed rows counted trades rebuilt from decisions. */
    public static List<ColumnSpec<SummaryRow>> of(Period period, boolean reconstructed) {
        String mark = reconstructed ? " (reconstructed)" : "";
        List<ColumnSpec<SummaryRow>> cols = new ArrayList<>();
        cols.add(ColumnSpec.text(MODEL, "Model", SummaryRow::modelId));
        switch (period) {
            case DAILY -> cols.add(num("date", "Date", r -> r.start().toString(), SummaryRow::start));
            case WEEKLY -> {
                cols.add(num("week-start", "Week start", r -> r.start().toString(), SummaryRow::start));
                cols.add(num("week-end", "Week end", r -> r.end().toString(), SummaryRow::end));
            }
            case MONTHLY -> cols.add(num("month", "Month", r -> r.start().toString().substring(0, 7),
                    SummaryRow::start));
        }
        boolean daily = period == Period.DAILY;
        cols.add(num("start-equity", daily ? "Opening equity" : "Starting equity",
                r -> Cells.money(r.startEquity()), SummaryRow::startEquity));
        cols.add(num("end-equity", daily ? "Closing equity" : "Ending equity",
                r -> Cells.money(r.endEquity()), SummaryRow::endEquity));
        if (daily) {
            cols.add(num("high", "High equity", r -> Cells.money(r.highEquity()), SummaryRow::highEquity));
            cols.add(num("low", "Low equity", r -> Cells.money(r.lowEquity()), SummaryRow::lowEquity));
        }
        cols.add(num("pnl", "P&L $", r -> Cells.money(r.pnl()), SummaryRow::pnl));
        cols.add(num(RETURN_PCT, "Return %", r -> Cells.pct(r.returnPct()), SummaryRow::returnPct));
        if (daily) {
            cols.add(num("trades-opened", "Trades opened" + mark, r -> count(r.tradesOpened()),
                    SummaryRow::tradesOpened));
            cols.add(num("trades", "Trades closed" + mark, r -> Cells.count(r.trades()), SummaryRow::trades));
        } else {
            cols.add(num("trades", "Trades" + mark, r -> Cells.count(r.trades()), SummaryRow::trades));
            cols.add(num("winners", "Winners" + mark, r -> count(r.winners()), SummaryRow::winners));
            cols.add(num("losers", "Losers" + mark, r -> count(r.losers()), SummaryRow::losers));
            cols.add(num("win-rate", "Win rate" + mark, r -> Cells.pct(r.winRate()), SummaryRow::winRate));
        }
        if (period == Period.MONTHLY) {
            cols.add(num("profit-factor", "Profit factor" + mark, r -> Cells.ratio(r.profitFactor()),
                    SummaryRow::profitFactor));
        }
        cols.add(num("sharpe", "Sharpe (parity)", r -> Cells.ratio(r.sharpeRatio()), SummaryRow::sharpeRatio));
        cols.add(num("max-drawdown", "Max drawdown %", r -> Cells.pct(r.maxDrawdownPct()),
                SummaryRow::maxDrawdownPct));
        return List.copyOf(cols);
    }

    private static ColumnSpec<SummaryRow> num(String id, String header, Function<SummaryRow, String> text,
                                              Function<SummaryRow, ? extends Comparable<?>> key) {
        return ColumnSpec.number(id, header, text, key);
    }

    private static String count(Integer n) {
        return n == null ? Cells.NONE : Cells.count(n);
    }
}
