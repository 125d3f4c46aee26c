package com.battlescope.service.view;

import java.util.List;
import java.util.function.Function;
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
                num("trades", "Trades" + mark, r -> Cells.count(r.trades().count()),
                        r -> r.trades().count()),
                num("win-rate", "Win rate" + mark, r -> Cells.pct(r.trades().winRate()),
                        r -> r.trades().winRate()),
                num("profit-factor", "Profit factor" + mark,
                        r -> Cells.ratio(r.trades().profitFactor()), r -> r.trades().profitFactor()),
                num("biggest-win", "Biggest win" + mark, r -> Cells.money(r.trades().bestTrade()),
                        r -> r.trades().bestTrade()),
                num("biggest-loss", "Biggest loss" + mark, r -> Cells.money(r.trades().worstTrade()),
                        r -> r.trades().worstTrade()),
                num("open-positions", "Open positions", r -> Cells.count(r.openPositions()),
                        LeaderboardRow::openPositions),
                num("exposure", "Exposure %", r -> Cells.pct(r.exposurePct()),
                        LeaderboardRow::exposurePct),
                num("last-update", "Last update", r -> r.lastUpdate().text(),
                        LeaderboardRow::lastUpdate),
                adv("avg-size", "Avg trade size" + mark, r -> Cells.money(r.trades().averageSize()),
                        r -> r.trades().averageSize()),
                adv("median-size", "Median trade size" + mark,
                        r -> Cells.money(r.trades().medianSize()), r -> r.trades().medianSize()),
                adv("avg-holding", "Avg holding" + mark,
                        r -> Cells.duration(r.trades().averageHolding()), r -> r.trades().averageHolding()),
                adv("median-holding", "Median holding" + mark,
                        r -> Cells.duration(r.trades().medianHolding()), r -> r.trades().medianHolding()),
                adv("pct-long", "% long" + mark, r -> Cells.pct(r.trades().pctLong()),
                        r -> r.trades().pctLong()),
                adv("expectancy", "Expectancy" + mark, r -> Cells.money(r.trades().expectancy()),
                        r -> r.trades().expectancy()),
                adv("avg-confidence", "Avg confidence", r -> Cells.decimal1(r.decisions().averageConfidence()),
                        r -> r.decisions().averageConfidence()),
                decisions("buys", "Buys", DecisionMix::buy),
                decisions("sells", "Sells", DecisionMix::sell),
                decisions("holds", "Holds", DecisionMix::hold),
                decisions("closes", "Closes", DecisionMix::close));
    }

    /** What an advanced column shows while the row's details are still being counted. */
    public static final String NOT_COUNTED = "…";

    private static boolean counted(LeaderboardRow r) {
        return r.detailed();
    }

    private static ColumnSpec<LeaderboardRow> decisions(String id, String header, ToLongFunction<DecisionMix> n) {
        return adv(id, header, r -> Cells.count(n.applyAsLong(r.decisions())), r -> n.applyAsLong(r.decisions()));
    }

    private static ColumnSpec<LeaderboardRow> text(String id, String header, Function<LeaderboardRow, String> text) {
        return ColumnSpec.text(id, header, text);
    }

    private static ColumnSpec<LeaderboardRow> num(String id, String header, Function<LeaderboardRow, String> text,
                                                  Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return ColumnSpec.number(id, header, text, key);
    }

    /** An advanced column: "…" (sorting last) until the row's details are counted. */
    private static ColumnSpec<LeaderboardRow> adv(String id, String header, Function<LeaderboardRow, String> text,
                                                  Function<LeaderboardRow, ? extends Comparable<?>> key) {
        return ColumnSpec.<LeaderboardRow>number(id, header, r -> counted(r) ? text.apply(r) : NOT_COUNTED,
                r -> counted(r) ? key.apply(r) : null).asAdvanced();
    }
}
