package com.battlescope.model;

/** One row of {@code hourly_snapshots}: a model's equity at a moment. */
public record HourlySnapshot(Long id, String modelId, Stamp timestamp, double equity, double cash,
                             double positionsValue, int positionsCount) {
}
