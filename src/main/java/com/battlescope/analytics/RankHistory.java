package com.battlescope.analytics;

import com.battlescope.model.LeaderboardSnapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rank_history} and {@code top_performers} views over leaderboard rows. Snapshot times are
 * compared as text, as the views do.
 */
public final class RankHistory {

    public static final int TOP = 10;

    private RankHistory() {
    }

    /** Each row with the previous rank of the same model and timeframe; newest first. */
    public static List<RankChange> of(List<LeaderboardSnapshot> rows) {
        List<LeaderboardSnapshot> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((LeaderboardSnapshot r) -> r.snapshotTime().text()));
        Map<String, Integer> previous = new HashMap<>();
        List<RankChange> out = new ArrayList<>(rows.size());
        for (LeaderboardSnapshot r : sorted) {
            Integer prev = previous.put(r.modelId() + '\u0000' + r.timeframe(), r.rank());
            out.add(new RankChange(r.modelId(), r.timeframe(), r.snapshotTime(), r.rank(), r.totalReturnPct(), prev,
                    prev == null ? null : r.rank() - prev));
        }
        out.sort(Comparator.comparing((RankChange c) -> c.snapshotTime().text()).reversed()
                .thenComparing(RankChange::timeframe).thenComparingInt(RankChange::rank));
        return out;
    }

    /** Ranks 1..10 at the latest snapshot time of each timeframe, ordered by timeframe text then rank. */
    public static List<LeaderboardSnapshot> topPerformers(List<LeaderboardSnapshot> rows) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (LeaderboardSnapshot r : rows) {
            latest.merge(r.timeframe(), r.snapshotTime().text(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return rows.stream()
                .filter(r -> r.rank() <= TOP && r.snapshotTime().text().equals(latest.get(r.timeframe())))
                .sorted(Comparator.comparing(LeaderboardSnapshot::timeframe).thenComparingInt(LeaderboardSnapshot::rank))
                .toList();
    }
}
