package com.battlescope.model;

/**
 * One row of {@code decision_log}: a model's decision on a symbol with its reasoning.
 * {@code decision} ('buy','sell','hold','close'), {@code direction} and {@code executionStatus}
 * are kept as stored so that unknown text survives.
 */
public record Decision(Long id, String modelId, String symbol, String decision, String reasoning,
                       Double confidence, Stamp timestamp, Double currentPrice, Double positionSize,
                       Double entryPrice, Double stopLoss, Double takeProfit, String direction, boolean executed,
                       Double executionPrice, Stamp executionTime, String executionStatus) {

    public DecisionType type() {
        return DecisionType.fromText(decision);
    }

    public boolean isFilled() {
        return executed && (executionStatus == null || "filled".equalsIgnoreCase(executionStatus));
    }
}
