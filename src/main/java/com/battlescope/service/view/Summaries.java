package com.battlescope.service.view;

import com.battlescope.analytics.MonthlyReturnGrid;
import java.util.List;

/**
 * The summaries view's content for one period.
 *
 * @param fromTable           rows come from the period's summary table (else computed from the snapshots)
 * @param tradesReconstructed computed rows counted trades rebuilt from executed decisions
 * @param gridFromTable       the monthly grid comes from {@code monthly_summaries}
 */
public record Summaries(Period period, List<SummaryRow> rows, boolean fromTable, boolean tradesReconstructed,
                        List<MonthlyReturnGrid> grids, boolean gridFromTable) {
    public Summaries {
        rows = List.copyOf(rows);
        grids = List.copyOf(grids);
    }

    /** E.g. "Source: daily_summaries table" or "Source: computed from hourly snapshots (daily_summaries is empty)". */
    public String sourceLabel() {
        return "Source: " + source(period.table(), fromTable);
    }

    public String gridSourceLabel() {
        return "Monthly returns source: " + source(Period.MONTHLY.table(), gridFromTable);
    }

    private static String source(String table, boolean fromTable) {
        return fromTable ? table + " table" : "computed from hourly snapshots (" + table + " is empty)";
    }
}
