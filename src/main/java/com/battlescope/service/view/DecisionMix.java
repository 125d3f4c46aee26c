package com.battlescope.service.view;

/**
 * A model's decisions in a leaderboard window: counts by kind (text the contract does not know counts as
 * {@code other}) and the mean confidence over the decisions that have one (null if none has).
 * {@link #NOT_COUNTED} stands for a leaderboard shown before its decisions were counted.
 */
public record DecisionMix(long buy, long sell, long hold, long close, long other, Double averageConfidence,
                          boolean counted) {

    public static final DecisionMix NONE = new DecisionMix(0, 0, 0, 0, 0, null, true);
    public static final DecisionMix NOT_COUNTED = new DecisionMix(0, 0, 0, 0, 0, null, false);

    public DecisionMix(long buy, long sell, long hold, long close, long other, Double averageConfidence) {
        this(buy, sell, hold, close, other, averageConfidence, true);
    }

    public long total() {
        return buy + sell + hold + close + other;
    }
}
