package com.battlescope.service;

import com.battlescope.analytics.RankedModel;
import java.util.List;

/** The report of a battle: one entry per model with snapshots (sorted by id) and BattleScope's all-time ranking. */
public record BattleReport(List<ModelReport> models, List<RankedModel> leaderboard) {
}
