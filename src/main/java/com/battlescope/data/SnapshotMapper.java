package com.battlescope.data;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** {@code hourly_snapshots}. Time bounds are inclusive text bounds in the engine's form; null = open. */
public interface SnapshotMapper {
    List<String> getModelIds();

    long countSnapshots();

    List<ModelSnapshotStats> getSnapshotStats();

    List<HourlySnapshot> getSnapshotsByModel(@Param("modelId") String modelId, @Param("from") String from,
                                             @Param("to") String to);

    List<HourlySnapshot> getLatestSnapshots();

    Stamp getLatestSnapshotTime();

    Long getMaxId();

    List<HourlySnapshot> getSnapshotsAfterId(@Param("afterId") long afterId);

    int insertSnapshot(HourlySnapshot snapshot);

    /** The engine's upsert on (model_id, timestamp). */
    int upsertSnapshot(HourlySnapshot snapshot);

    /** Rows with a NULL time or a money column that is not a finite number: id, model_id and quoted values. */
    List<java.util.Map<String, Object>> getUnusableSnapshots(@Param("limit") int limit);

    long countUnusableSnapshots();
    /** Per model: snapshots between the text bounds (null = open) and those with positions_count > 0. */
    List<ModelMarketCount> getMarketCounts(@Param("from") String from, @Param("to") String to);
}
