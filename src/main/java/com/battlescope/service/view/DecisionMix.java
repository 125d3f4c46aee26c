package com.battlescope.service.view;

/**
 * A model's decisions in a leaderboard window: counts by kind (text the contract does not know counts as
 * {@code other}) and the mean confidence over the decisions that have one (null if none has).
 */
public record DecisionMix(long buy, long sell, long hold, long close, long other, Double averageConfidence) {

    public static final DecisionMix NONE = new DecisionMix(0, 0, 0, 0, 0, null);

    public long total() {
        return buy + sell + hold + close + other;
    }
}
