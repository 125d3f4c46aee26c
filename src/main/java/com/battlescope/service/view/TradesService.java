package com.battlescope.service.view;

import com.battlescope.analytics.TradeReconstruction;
import com.battlescope.analytics.TradeSet;
import com.battlescope.analytics.TradeStats;
import com.battlescope.model.DataTable;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The trades view: round trips of {@code trade_log} for the picked models whose exit lies in the range, newest
 * exit first; when {@code trade_log} is empty, trades reconstructed from executed decisions, marked as such.
 */
public final class TradesService {

    /** The trades of the query's models and range (filters not applied), and where they came from. */
    public TradeSet trades(Battle battle, ViewQuery q) {
        TradeSet all = tradeSet(battle, q.range());
        List<Trade> mine = all.trades().stream().filter(t -> q.includes(t.modelId())).toList();
        return new TradeSet(mine, all.reconstructed());
    }

    /** All models' trades with exits in the range: {@code trade_log}, or reconstructed when it has no rows at all. */
    static TradeSet tradeSet(Battle battle, TimeRange range) {
        if (battle.hasTradeRows()) {
            return new TradeSet(newestFirst(battle.trades(null, range)), false);
        }
        List<Trade> rebuilt = TradeReconstruction.fromDecisions(battle.executedDecisions()).trades().stream()
                .filter(t -> range.contains(t.exitTime())).toList();
        return new TradeSet(newestFirst(rebuilt), true);
    }

    private static List<Trade> newestFirst(List<Trade> oldestFirst) {
        List<Trade> out = new ArrayList<>(oldestFirst);
        out.sort(Comparator.comparing(Trade::exitTime));
        Collections.reverse(out);
        return out;
    }

    public static List<Trade> filter(List<Trade> trades, TradeFilter filter) {
        return trades.stream().filter(filter).toList();
    }

    /** The export table: the query's models, range and symbol ({@code --symbol}), no other filter. */
    public DataTable table(Battle battle, ViewQuery q) {
        TradeSet set = trades(battle, q);
        return table(set.trades().stream().filter(TradeFilter.none().withSymbol(q.symbol())).toList(),
                set.reconstructed());
    }

    public DataTable table(List<Trade> shown, boolean reconstructed) {
        return ColumnSpec.table("trades", columns(reconstructed), shown);
    }

    /** The stats line under the table, e.g. {@code 2 trades · win rate 0.00% · profit factor 0.00 · ...}. */
    public static String summary(TradeStats s, boolean reconstructed) {
        String line = Cells.count(s.count()) + (s.count() == 1 ? " trade" : " trades")
                + (reconstructed ? " (reconstructed)" : "")
                + " · win rate " + Cells.pct(s.winRate())
                + " · profit factor " + Cells.ratio(s.profitFactor())
                + " · expectancy " + Cells.money(s.expectancy())
                + " · best " + Cells.money(s.bestTrade())
                + " · worst " + Cells.money(s.worstTrade());
        return line;
    }

    /** The columns of the trades table; P&amp;L headers say "(reconstructed)" for rebuilt trades. */
    public static List<ColumnSpec<Trade>> columns(boolean reconstructed) {
        String mark = reconstructed ? " (reconstructed)" : "";
        return List.of(
                ColumnSpec.text("model", "Model", Trade::modelId),
                ColumnSpec.text("symbol", "Symbol", Trade::symbol),
                ColumnSpec.text("direction", "Direction", Trade::direction),
                ColumnSpec.time("entry-time", "Entry time", Trade::entryTime),
                ColumnSpec.number("entry-price", "Entry price", t -> Cells.money(t.entryPrice()), Trade::entryPrice),
                ColumnSpec.number("shares", "Shares", t -> Cells.count(t.shares()), Trade::shares),
                ColumnSpec.time("exit-time", "Exit time", Trade::exitTime),
                ColumnSpec.number("exit-price", "Exit price", t -> Cells.money(t.exitPrice()), Trade::exitPrice),
                ColumnSpec.text("exit-reason", "Exit reason", Trade::exitReason),
                ColumnSpec.number("pnl", "P&L $" + mark, t -> Cells.money(t.realizedPnl()), Trade::realizedPnl),
                ColumnSpec.number("pnl-pct", "P&L %" + mark, t -> Cells.pct(t.realizedPnlPct()),
                        Trade::realizedPnlPct),
                ColumnSpec.number("holding", "Holding", t -> Cells.duration(holding(t)), TradesService::holding),
                ColumnSpec.text("strategy", "Strategy", t -> Cells.text(t.strategy())));
    }

    static Duration holding(Trade t) {
        return Duration.ofMillis(Math.round((t.exitTime().epochSeconds() - t.entryTime().epochSeconds()) * 1000));
    }
}
