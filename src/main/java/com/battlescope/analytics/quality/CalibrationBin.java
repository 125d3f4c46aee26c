package com.battlescope.analytics.quality;

/** One of the ten confidence bins [low, high); the last one includes 1.0. Nulls when the bin is empty. */
public record CalibrationBin(double low, double high, int n, Double meanConfidence, Double hitRate) {
}
