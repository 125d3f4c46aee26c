package com.battlescope.data;

/** Per-model decision count and how many of them were executed. */
public record ModelDecisionCounts(String modelId, long decisions, long executedDecisions) {
}
