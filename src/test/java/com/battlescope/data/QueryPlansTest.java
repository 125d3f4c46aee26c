package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index-or-scan verdict of plan lines as SQLite prints them. */
class QueryPlansTest {
    @Test
    void seeksAreIndexUse() {
        assertThat(QueryPlans.usesIndex(List.of("SEARCH decision_log USING INDEX idx_decision_model_time (model_id=?)",
                "USE TEMP B-TREE FOR LAST TERM OF ORDER BY"))).isTrue();
        assertThat(QueryPlans.usesIndex(List.of("SEARCH hourly_snapshots AS s USING INTEGER PRIMARY KEY (rowid>?)")))
                .isTrue();
    }

    @Test
    void aWholeTableOrWholeIndexPassIsAScan() {
        assertThat(QueryPlans.usesIndex(List.of("SCAN decision_log"))).isFalse();
        assertThat(QueryPlans.usesIndex(List.of("SCAN decision_log USING INDEX idx_decision_model_time"))).isFalse();
        assertThat(QueryPlans.usesIndex(List.of("SEARCH x USING COVERING INDEX idx_hourly_model_time (model_id=?)",
                "SCAN hourly_snapshots AS s USING INDEX idx_hourly_model_time"))).isFalse();
    }

    @Test
    void cteAndSubqueryLinesAreNotTableReads() {
        List<String> skipScan = List.of("CO-ROUTINE m", "SETUP",
                "SEARCH hourly_snapshots USING COVERING INDEX idx_hourly_model_time", "RECURSIVE STEP", "SCAN m",
                "CORRELATED SCALAR SUBQUERY 2",
                "SEARCH hourly_snapshots USING COVERING INDEX idx_hourly_model_time (model_id>?)", "SCAN m");
        assertThat(QueryPlans.usesIndex(skipScan)).isTrue();
        assertThat(QueryPlans.readsTable("SCAN m")).isFalse();
        assertThat(QueryPlans.usesIndex(List.of("SCAN m"))).isFalse();
    }
}
