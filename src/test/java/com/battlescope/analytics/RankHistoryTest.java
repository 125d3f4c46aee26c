package com.battlescope.analytics;

import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RankHistoryTest {

    private static LeaderboardSnapshot row(String model, String tf, String time, int rank) {
        return new LeaderboardSnapshot(null, model, tf, Stamp.parse(time), rank, 0, 0, 1, null, null, 0, null, null,
                0, 0);
    }

    @Test
    void changeIsRankMinusPreviousRankOfSameModelAndTimeframe() {
        List<RankChange> h = RankHistory.of(List.of(row("a", "daily", "2025-01-06 10:00:00", 1),
                row("a", "weekly", "2025-01-06 11:00:00", 3), row("a", "daily", "2025-01-06 12:00:00", 2)));
        assertThat(h).extracting(RankChange::timeframe, RankChange::rank, RankChange::previousRank, RankChange::change)
                .containsExactly(tuple("daily", 2, 1, 1), tuple("weekly", 3, null, null),
                        tuple("daily", 1, null, null));
    }

    @Test
    void topPerformersAreTopTenAtLatestTimePerTimeframe() {
        List<LeaderboardSnapshot> rows = new java.util.ArrayList<>();
        for (int r = 1; r <= 11; r++) {
            rows.add(row("m" + r, "daily", "2025-01-06 12:00:00", r));
        }
        rows.add(row("old", "daily", "2025-01-06 10:00:00", 1));
        rows.add(row("w", "weekly", "2025-01-05 10:00:00", 1));
        List<LeaderboardSnapshot> top = RankHistory.topPerformers(rows);
        assertThat(top).hasSize(11);
        assertThat(top).extracting(LeaderboardSnapshot::modelId).doesNotContain("old", "m11").endsWith("w");
    }
}
