package com.battlescope.service;

import com.battlescope.analytics.ComparisonPair;
import com.battlescope.analytics.DecisionComparison;
import com.battlescope.model.TimedDecision;
import java.util.List;

/**
 * The engine's {@code decision_comparison} rows for one symbol, computed from an index range scan on
 * (symbol, timestamp) instead of the view's quadratic self-join. The pairs' decisions carry what a row shows
 * (ids, models, decisions, confidences, times, prices), not their reasoning.
 */
public final class ComparisonService {
    public List<ComparisonPair> pairs(Battle battle, String symbol, TimeRange range, double windowMinutes) {
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new IllegalArgumentException("window must be a non-negative number of minutes");
        }
        List<TimedDecision> decisions = battle.decisionsToCompare(symbol, range, windowMinutes, true);
        return DecisionComparison.pairs(decisions, windowMinutes, range.from(), range.to());
    }
}
