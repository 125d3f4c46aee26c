package com.battlescope.analytics.quality;

/** Directional decisions with a consistent plan and which level the price reached first within five days. */
public record PlanAdherence(int n, int targetFirst, int stopFirst, int neither, Double plannedRMedian) {
}
