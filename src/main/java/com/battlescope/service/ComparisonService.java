package com.battlescope.service;

import com.battlescope.analytics.ComparisonPair;
import com.battlescope.analytics.DecisionComparison;
import com.battlescope.model.TimedDecision;
import com.battlescope.model.Stamp;
import java.util.List;

/**
 * The engine's {@code decision_comparison} rows for one symbol, computed from an index range scan on
 * (symbol, timestamp) instead of the view's quadratic self-join.
 */
public final class ComparisonService {
    /**
     * Text bounds are widened by this much so that rows written with a UTC offset are still fetched; rows without
     * an offset are only read from the range widened by the window.
     */
    private static final int SLACK_HOURS = 26;

    public List<ComparisonPair> pairs(Battle battle, String symbol, TimeRange range, double windowMinutes) {
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new IllegalArgumentException("window must be a non-negative number of minutes");
        }
        long window = (long) Math.ceil(windowMinutes) + 1;
        long slackMinutes = window + SLACK_HOURS * 60L;
        String from = range.from() == null ? null
                : Stamp.format(range.from().local().minusMinutes(slackMinutes));
        String to = range.to() == null ? null : Stamp.format(range.to().local().plusMinutes(slackMinutes));
        String nearFrom = range.from() == null ? null : Stamp.format(range.from().local().minusMinutes(window));
        String nearTo = range.to() == null ? null : Stamp.format(range.to().local().plusMinutes(window));
        List<TimedDecision> decisions = battle.timedDecisionsBySymbol(symbol, from, to, nearFrom, nearTo);
        return DecisionComparison.pairs(decisions, windowMinutes, range.from(), range.to());
    }
}
