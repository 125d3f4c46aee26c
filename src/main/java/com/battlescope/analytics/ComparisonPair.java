package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;

/**
 * One row of the {@code decision_comparison} view: two decisions on one symbol by models
 * {@code model1Id < model2Id}, with the first decision's timestamp and price. {@code first} and
 * {@code second} are the whole decisions, for the GUI.
 */
public record ComparisonPair(Stamp timestamp, Double currentPrice, String model1Id, String model1Decision,
                             Double model1Confidence, String model2Id, String model2Decision,
                             Double model2Confidence, double timeDiffMinutes, Decision first, Decision second) {

    static ComparisonPair of(Decision d1, Decision d2, double minutes) {
        return new ComparisonPair(d1.timestamp(), d1.currentPrice(), d1.modelId(), d1.decision(), d1.confidence(),
                d2.modelId(), d2.decision(), d2.confidence(), minutes, d1, d2);
    }
}
