package com.battlescope.service;

import com.battlescope.model.Stamp;
import java.nio.file.Path;
import java.util.List;

/** What the status bar and the range picker need to know of an open battle, read once in the background. */
public record BattleOverview(Path folder, String layout, boolean decisionsFromMetrics, List<String> models,
                             long snapshots, long decisions, long trades, Stamp latestSnapshot) {
    public BattleOverview {
        models = List.copyOf(models);
    }

    public static BattleOverview of(Battle battle) {
        return new BattleOverview(battle.path(), battle.folder().layout(), battle.folder().decisionsFromMetrics(),
                battle.modelIds(), battle.snapshotCount(), battle.decisionCount(), battle.tradeCount(),
                battle.latestSnapshotTime());
    }

    /** One line for the status bar, e.g. "split layout · 6 models · 1,234 snapshots · ...". */
    public String summary() {
        return String.format("%s layout · %d models · %,d snapshots · %,d decisions%s · %,d trades · last snapshot %s",
                layout, models.size(), snapshots, decisions, decisionsFromMetrics ? " (metrics copy)" : "", trades,
                latestSnapshot == null ? "none" : latestSnapshot.text());
    }
}
