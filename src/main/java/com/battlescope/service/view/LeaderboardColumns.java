package com.battlescope.service.view;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The leaderboard's columns: the standard set, then the advanced ones. */
public final class LeaderboardColumns {
    public static final String MODEL = "model";
    public static final String RANK_CHANGE = "rank-change";

    private LeaderboardColumns() {
    }

    /** Trade columns say "(reconstructed)" when the trades were rebuilt from executed decisions. */
    public static List<ColumnSpec<LeaderboardRow>> of(boolean reconstructed) {
        String mark = reconstructed ? " (reconstructed)" : "";
        return List.of(
                num("rank", "Rank", r -> Integer.toString(r.rank()), LeaderboardRow::rank),
                num(RANK_CHANGE, "Change", r -> Cells.rankChange(r.rankChange()),
                        LeaderboardRow::rankChange),
                text(MODEL, "Model", LeaderboardRow::modelId),
                num("return-pct", "Return %", r -> Cells.pct(r.curve().totalReturnPct()),
                        r -> r.curve().totalReturnPct()),
                num("return-dollars", "Return $", r -> Cells.money(r.curve().totalReturnDollars()),
                        r -> r.curve().totalReturnDollars()),
                num("equity", "Equity", r -> Cells.money(r.curve().finalEquity()),
                        r -> r.curve().finalEquity()),
                num("sharpe-parity", "Sharpe (parity)", r -> Cells.ratio(r.curve().sharpeRatio()),
                        r -> r.curve().sharpeRatio()),
                num("sharpe-daily", "Sharpe (daily)", r -> Cells.ratio(r.curve().sharpeDaily()),
                        r -> r.curve().sharpeDaily()),
                num("sharpe-sampled", "Sharpe (sampled)",
                        r -> Cells.ratio(r.curve().sharpeSampled()), r -> r.curve().sharpeSampled()),
                num("sortino", "Sortino", r -> Cells.ratio(r.curve().sortinoRatio()),
                        r -> r.curve().sortinoRatio()),
                num("max-drawdown", "Max drawdown %", r -> Cells.pct(r.curve().maxDrawdownPct()),
                        r -> r.curve().maxDrawdownPct()),
                trade("trades", "Trades" + mark, r -> Cells.count(r.trades().count()),
                        r -> r.trades().count()),
                trade("win-rate", "Win rate" + mark, r -> Cells.pct(r.trades().winRate()),
                        r -> r.trades().winRate()),
                trade("profit-factor", "Profit factor" + mark,
                        r -> Cells.ratio(r.trades().profitFactor()), r -> r.trades().profitFactor()),
                trade("biggest-win", "Biggest win" + mark, r -> Cells.money(r.trades().bestTrade()),
                        r -> r.trades().bestTrade()),
                trade("biggest-loss", "Biggest loss" + mark, r -> Cells.money(r.trades().worstTrade()),
                        r -> r.trades().worstTrade()),
                num("open-positions", "Open positions", r -> Cells.count(r.openPositions()),
                        LeaderboardRow::openPositions),
                num("exposure", "Exposure %", r -> Cells.pct(r.exposurePct()),
                        LeaderboardRow::exposurePct),
                ColumnSpec.time("last-update", "Last update", LeaderboardRow::lastUpdate),
                tradeDetail("avg-size", "Avg trade size" + mark, r -> Cells.money(r.trades().averageSize()),
                        r -> r.trades().averageSize()),
                tradeDetail("median-size", "Median trade size" + mark,
                        r -> Cells.money(r.trades().medianSize()), r -> r.trades().medianSize()),
                tradeDetail("avg-holding", "Avg holding" + mark,
                        r -> Cells.duration(r.trades().averageHolding()), r -> r.trades().averageHolding()),
                tradeDetail("median-holding", "Median holding" + mark,
                        r -> Cells.duration(r.trades().medianHolding()), r -> r.trades().medianHolding()),
                tradeDetail("pct-long", "% long" + mark, r -> Cells.pct(r.trades().pctLong()),
                        r -> r.trades().pctLong()),
                tradeDetail("expectancy", "Expectancy" + mark, r -> Cells.money(r.trades().expectancy()),
                        r -> r.trades().expectancy()),
                decision("avg-confidence", "Avg confidence", r -> Cells.decimal1(r.decisions().averageConfidence()),
                        r -> r.decisions().averageConfidence()),
                decisions("buys", "Buys", DecisionMix::buy),
                decisions("sells", "Sells", DecisionMix::sell),
                decisions("holds", "Holds", DecisionMix::hold),
                decisions("closes", "Closes", DecisionMix::close));
    }

    /** What a column shows while the row's figure is still being read or counted. */
    public static final String NOT_COUNTED = "…";

    private static ColumnSpec<LeaderboardRow> decisions(String id, String header, ToLongFunction<DecisionMix> n) {
        return decision(id, header, r -> Cells.count(n.applyAsLong(r.decisions())), r -> n.applyAsLong(r.decisions()));
    }

    private static ColumnSpec<LeaderboardRow> text(String id, String header, Function<LeaderboardRow, String> text) {
        return ColumnSpec.text(id, header, text);
    }

    private static ColumnSpec<LeaderboardRow> num(String id, String header, Function<LeaderboardRow, String> text,
                                                  Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return ColumnSpec.number(id, header, text, key);
    }

    /** A standard trade column: waits while the row's trades are not read. */
    private static ColumnSpec<LeaderboardRow> trade(String id, String header, Function<LeaderboardRow, String> text,
                                                    Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return whenKnown(id, header, r -> r.tradeDetail() != LeaderboardRow.TradeDetail.PENDING, text, key);
    }

    /** An advanced trade column (sizes, holding times): waits for every trade of the row. */
    private static ColumnSpec<LeaderboardRow> tradeDetail(String id, String header,
                                                          Function<LeaderboardRow, String> text,
                                                          Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return whenKnown(id, header, r -> r.tradeDetail() == LeaderboardRow.TradeDetail.FULL, text, key).asAdvanced();
    }

    /** An advanced decision column: waits for the row's decisions to be counted. */
    private static ColumnSpec<LeaderboardRow> decision(String id, String header, Function<LeaderboardRow, String> text,
                                                       Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return whenKnown(id, header, r -> r.decisions().counted(), text, key).asAdvanced();
    }

    /** "…" (sorting last) until {@code known} holds for the row. */
    private static ColumnSpec<LeaderboardRow> whenKnown(String id, String header, Predicate<LeaderboardRow> known,
                                                        Function<LeaderboardRow, String> text,
                                                        Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return ColumnSpec.number(id, header, r -> known.test(r) ? text.apply(r) : NOT_COUNTED,
                r -> known.test(r) ? key.apply(r) : null);
    }
}
