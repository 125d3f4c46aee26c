package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.Trade;

import java.util.List;

/** Trades with where they came from: {@code reconstructed} is true when rebuilt from executed decisions. */
public record TradeSet(List<Trade> trades, boolean reconstructed) {

    public TradeSet {
        trades = List.copyOf(trades);
    }

    /** The logged trades when there are any, else trades reconstructed from the decisions. */
    public static TradeSet loggedOrReconstructed(List<Trade> logged, List<Decision> decisions) {
        return logged.isEmpty() ? TradeReconstruction.fromDecisions(decisions) : new TradeSet(logged, false);
    }
}
