package com.battlescope.data;

import com.battlescope.model.DailySummary;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** {@code daily_summaries}, {@code weekly_summaries}, {@code monthly_summaries}. */
public interface SummaryMapper {
    List<DailySummary> getDailySummaries(@Param("modelId") String modelId);

    List<WeeklySummary> getWeeklySummaries(@Param("modelId") String modelId);

    List<MonthlySummary> getMonthlySummaries(@Param("modelId") String modelId);

    /** Upserts on (model_id, date); the row keeps its id. */
    int upsertDailySummary(DailySummary summary);

    int upsertWeeklySummary(WeeklySummary summary);

    int upsertMonthlySummary(MonthlySummary summary);
}
