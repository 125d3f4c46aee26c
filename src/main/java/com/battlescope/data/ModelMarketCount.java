package com.battlescope.data;

/** A model's snapshots in a range and how many of them hold a position (positions_count > 0). */
public record ModelMarketCount(String modelId, long snapshots, long inMarket) {
}
