package com.battlescope.service.view;

import com.battlescope.model.Trade;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filters of the trades view; null fields do not filter. Models and the time range come from the
 * {@link ViewQuery}.
 *
 * @param direction  {@code long} or {@code short}
 * @param exitReason as stored, e.g. {@code stop_loss}
 */
public record TradeFilter(String symbol, String direction, Outcome outcome, String exitReason)
        implements Predicate<Trade> {

    /** Winners have a P&amp;L above 0, losers below 0 (a flat trade is neither). */
    public enum Outcome { ALL, WINNERS, LOSERS }

    public TradeFilter {
        outcome = outcome == null ? Outcome.ALL : outcome;
    }

    public static TradeFilter none() {
        return new TradeFilter(null, null, Outcome.ALL, null);
    }

    @Override
    public boolean test(Trade t) {
        return (symbol == null || symbol.equals(t.symbol()))
                && (direction == null || direction.equalsIgnoreCase(t.direction()))
                && (exitReason == null || exitReason.equals(t.exitReason()))
                && switch (outcome) {
                    case ALL -> true;
                    case WINNERS -> t.isWinner();
                    case LOSERS -> t.isLoser();
                };
    }

    public TradeFilter withSymbol(String s) {
        return new TradeFilter(s, direction, outcome, exitReason);
    }

    public TradeFilter withDirection(String d) {
        return new TradeFilter(symbol, d == null ? null : d.toLowerCase(Locale.ROOT), outcome, exitReason);
    }

    public TradeFilter withOutcome(Outcome o) {
        return new TradeFilter(symbol, direction, o, exitReason);
    }

    public TradeFilter withExitReason(String r) {
        return new TradeFilter(symbol, direction, outcome, r);
    }
}
