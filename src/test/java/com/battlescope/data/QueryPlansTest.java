package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index-or-scan verdict of plan lines as SQLite and PostgreSQL print them. */
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

    /** Lines of a PostgreSQL plan of a decision page of one model's buys (big folder, 2026-12-03). */
    @Test
    void postgresqlSequentialScansOfAPartitionAreScansUnlessThePartitionIsEmpty() {
        String top = "Limit  (cost=81.38..81.42 rows=14 width=670)";
        String index = "  ->  Index Scan using decision_log_2025_01_model_id_decision_timestamp_idx on "
                + "decision_log_2025_01 decision_log_1  (cost=0.28..8.31 rows=1 width=687)";
        String emptyDefault = "  ->  Seq Scan on decision_log_other decision_log_14  (cost=0.00..0.00 rows=1 "
                + "width=364)";
        String month = "  ->  Seq Scan on decision_log_2025_02 decision_log_2  (cost=0.00..41234.00 rows=357120 "
                + "width=690)";
        assertThat(QueryPlans.usesIndex(List.of(top, index))).isTrue();
        assertThat(QueryPlans.usesIndex(List.of(top, index, emptyDefault))).isTrue();
        assertThat(QueryPlans.usesIndex(List.of(top, index, month))).isFalse();
        assertThat(QueryPlans.usesIndex(List.of(top, "  ->  Seq Scan on pg_class  (cost=0.00..18.00 rows=1 width=4)",
                index))).as("not a contract table").isTrue();
    }
}
