package com.battlescope.data;

import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** {@code current_standings} and {@code leaderboard_snapshots}. */
public interface LeaderboardMapper {
    List<Standing> getStandings();

    /** The engine's INSERT OR REPLACE on model_id. */
    int upsertStanding(Standing standing);

    /** Snapshots of one timeframe (null = all), ordered by snapshot time then rank. */
    List<LeaderboardSnapshot> getLeaderboardSnapshots(@Param("timeframe") String timeframe,
                                                      @Param("from") String from, @Param("to") String to);

    /** Rows of the latest snapshot time of a timeframe, by rank. */
    List<LeaderboardSnapshot> getLatestLeaderboard(@Param("timeframe") String timeframe);

    List<Stamp> getSnapshotTimes(@Param("timeframe") String timeframe);

    long countLeaderboardAt(@Param("timeframe") String timeframe, @Param("snapshotTime") Stamp snapshotTime);

    long countLeaderboardSnapshots();

    int insertLeaderboardSnapshot(LeaderboardSnapshot snapshot);

    /** The newest {@code limit} snapshot times of a timeframe at or before {@code to}, newest first, as written. */
    List<String> getRecentSnapshotTimes(@Param("timeframe") String timeframe, @Param("to") String to,
                                        @Param("limit") int limit);
}
