package com.battlescope.service.live;

/**
 * Which events to raise. Quiet by default: only a change of leader; highs, drawdowns and large losses
 * are opt-in. {@code largeLossDollars} is the loss (a positive amount) from which a trade counts as large.
 */
public record LiveRules(boolean leaderChanges, boolean newHighs, boolean newMaxDrawdowns, double largeLossDollars) {
    public static final LiveRules QUIET = new LiveRules(true, false, false, Double.POSITIVE_INFINITY);
    public static final LiveRules ALL = new LiveRules(true, true, true, 1000);
}
