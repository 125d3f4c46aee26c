package com.battlescope.service.demo;

import com.battlescope.data.SummaryMapper;
import com.battlescope.model.DailySummary;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.WeeklySummary;

/** The three summary kinds share one buffer, in the order they were produced; each goes to its upsert. */
final class SummaryRows {
    private SummaryRows() {
    }

    static void upsert(SummaryMapper m, Object row) {
        if (row instanceof DailySummary d) {
            m.upsertDailySummary(d);
        } else if (row instanceof WeeklySummary w) {
            m.upsertWeeklySummary(w);
        } else {
            m.upsertMonthlySummary((MonthlySummary) row);
        }
    }
}
