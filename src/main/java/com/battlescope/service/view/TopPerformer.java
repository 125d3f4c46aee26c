package com.battlescope.service.view;

import com.battlescope.model.Stamp;

/**
 * One place of the top-performers strip.
 *
 * @param snapshotTime the leaderboard snapshot it comes from, or null when computed from the snapshots
 */
public record TopPerformer(int rank, String modelId, double returnPct, Stamp snapshotTime) {

    public boolean fromSnapshot() {
        return snapshotTime != null;
    }
}
