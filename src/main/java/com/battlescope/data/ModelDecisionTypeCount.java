package com.battlescope.data;

/**
 * Decisions of one model with one {@code decision} text: how many, and the sum and count of their confidences
 * (for a mean over the decisions that have one).
 */
public record ModelDecisionTypeCount(String modelId, String decision, long decisions, long withConfidence,
                                     Double confidenceSum) {
}
