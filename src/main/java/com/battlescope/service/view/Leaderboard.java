package com.battlescope.service.view;

import com.battlescope.model.Timeframe;
import java.util.List;

/** A leaderboard as the view shows it: the picked models' rows in rank order and the top performers. */
public record Leaderboard(Timeframe timeframe, List<LeaderboardRow> rows, List<TopPerformer> topPerformers,
                          boolean tradesReconstructed) {
    public Leaderboard {
        rows = List.copyOf(rows);
        topPerformers = List.copyOf(topPerformers);
    }

    public Leaderboard withRows(List<LeaderboardRow> newRows) {
        return new Leaderboard(timeframe, newRows, topPerformers, tradesReconstructed);
    }
}
