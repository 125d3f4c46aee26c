package com.battlescope.analytics;

import com.battlescope.model.DecisionType;

import java.util.Map;

/**
 * One model's decision figures.
 *
 * @param executedRatio  executed / total (0..1); null without decisions
 * @param meanConfidence over decisions with a confidence; null if none has one
 */
public record DecisionStats(String modelId, int total, Map<DecisionType, Integer> countsByType, int executed,
                            Double executedRatio, Double meanConfidence, Calibration calibration) {

    /**
     * How often buy/sell decisions with confidence >= {@code threshold} saw the symbol's price move their way
     * {@code horizon} decisions later (prices from any model's later decisions on the symbol).
     *
     * @param evaluated   decisions with a price now and {@code horizon} decisions later
     * @param hitRatePct  favourable / evaluated x 100; null when nothing could be evaluated
     */
    public record Calibration(double threshold, int horizon, int evaluated, int favourable, Double hitRatePct) {
    }
}
