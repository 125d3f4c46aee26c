package com.battlescope.data;

import com.battlescope.model.Stamp;

/** Per-model snapshot count and first/last time as stored. */
public record ModelSnapshotStats(String modelId, long snapshots, Stamp firstSnapshot, Stamp lastSnapshot) {
}
