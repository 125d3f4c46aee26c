package com.battlescope.service.bench;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.data.QueryPlans;
import com.battlescope.data.ReasoningWords;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.SummaryMapper;
import com.battlescope.data.TradeMapper;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code EXPLAIN QUERY PLAN} of every main query of the app on an open battle, with realistic parameters
 * (a real model, symbol and day, and a keyset cursor deep in the decision log).
 */
public final class QueryPlanReport {
    public static final String INDEX = "index";
    public static final String SCAN = "scan";

    /** One query's verdict and the plan lines it came from. */
    public record Plan(String name, String verdict, List<String> detail) {
        /** The lines that read a table or sort, e.g. "SEARCH decision_log USING INDEX ... ; USE TEMP B-TREE ...". */
        public String summary() {
            return String.join("; ", detail.stream()
                    .filter(l -> QueryPlans.readsTable(l) || l.contains("TEMP B-TREE")).toList());
        }
    }

    /**
     * @param sample the values to bind; its cursor may be null for an empty decision log
     */
    public List<Plan> plans(Battle battle, BenchSample sample) {
        List<Plan> out = new ArrayList<>();
        String model = sample.modelId();
        String from = sample.dayFrom();
        String to = sample.dayTo();
        add(out, "model_ids", battle, SnapshotMapper.class, "getModelIds");
        add(out, "snapshot_stats", battle, SnapshotMapper.class, "getSnapshotStats");
        add(out, "snapshots_by_model", battle, SnapshotMapper.class, "getSnapshotsByModel",
                "modelId", model, "from", null, "to", null);
        add(out, "snapshots_by_model_range", battle, SnapshotMapper.class, "getSnapshotsByModel",
                "modelId", model, "from", from, "to", to);
        List<String> curves = battle.curvesPlan(from, to);
        out.add(new Plan("all_curves_range", QueryPlans.usesIndex(curves) ? INDEX : SCAN, curves));
        add(out, "latest_snapshot_time", battle, SnapshotMapper.class, "getLatestSnapshotTime");
        add(out, "latest_snapshots", battle, SnapshotMapper.class, "getLatestSnapshots");
        add(out, "snapshots_after_id", battle, SnapshotMapper.class, "getSnapshotsAfterId", "afterId", 1L);
        if (battle.hasTrades()) {
            add(out, "trades_by_model", battle, TradeMapper.class, "getTrades", "modelId", model, "from", null, "to", null);
            add(out, "trades_by_model_range", battle, TradeMapper.class, "getTrades",
                    "modelId", model, "from", from, "to", to);
            add(out, "trades_range", battle, TradeMapper.class, "getTrades", "modelId", null, "from", from, "to", to);
            add(out, "trades_after_id", battle, TradeMapper.class, "getTradesAfterId", "afterId", 1L);
        }
        if (battle.hasSummaries()) {
            add(out, "daily_summaries", battle, SummaryMapper.class, "getDailySummaries", "modelId", model);
            add(out, "weekly_summaries", battle, SummaryMapper.class, "getWeeklySummaries", "modelId", model);
            add(out, "monthly_summaries", battle, SummaryMapper.class, "getMonthlySummaries", "modelId", model);
        }
        if (battle.hasLeaderboardSnapshots()) {
            String tf = Timeframe.ALL_TIME.text();
            add(out, "leaderboard_latest", battle, LeaderboardMapper.class, "getLatestLeaderboard", "timeframe", tf);
            add(out, "leaderboard_history", battle, LeaderboardMapper.class, "getLeaderboardSnapshots",
                    "timeframe", tf, "from", null, "to", null);
            add(out, "leaderboard_history_range", battle, LeaderboardMapper.class, "getLeaderboardSnapshots",
                    "timeframe", tf, "from", from, "to", to);
            add(out, "leaderboard_snapshot_times", battle, LeaderboardMapper.class, "getSnapshotTimes", "timeframe", tf);
        }
        if (battle.hasDecisions()) {
            decisionPlans(out, battle, sample);
        }
        return out;
    }

    /** The verdicts only, in query order. */
    public static Map<String, String> verdicts(List<Plan> plans) {
        Map<String, String> out = new LinkedHashMap<>();
        plans.forEach(p -> out.put(p.name(), p.verdict()));
        return out;
    }

    private void decisionPlans(List<Plan> out, Battle battle, BenchSample sample) {
        String symbol = sample.symbol();
        add(out, "symbols", battle, DecisionMapper.class, "getSymbols");
        add(out, "decision_counts", battle, DecisionMapper.class, "getDecisionCounts");
        add(out, "decisions_by_symbol_range", battle, DecisionMapper.class, "getTimedDecisionsBySymbol",
                "symbol", symbol, "from", sample.dayFrom(), "to", sample.dayTo(), "nearFrom", sample.dayFrom(),
                "nearTo", sample.dayTo());
        add(out, "decisions_by_symbol", battle, DecisionMapper.class, "getDecisionsBySymbol",
                "symbol", symbol, "from", null, "to", null);
        add(out, "executed_decisions", battle, DecisionMapper.class, "getExecutedDecisions");
        add(out, "decisions_after_id", battle, DecisionMapper.class, "getDecisionsAfterId", "afterId", 1L);
        String beforeTime = sample.cursorTime();
        Long beforeId = sample.cursorId();
        for (DecisionFilter filter : DecisionPages.filterCombinations(sample)) {
            add(out, "decision_page" + DecisionPages.label(filter), battle, DecisionMapper.class, "getDecisionPage",
                    "filter", filter, "beforeTime", beforeTime, "beforeId", beforeId, "limit", 100);
        }
        if (battle.onServer()) {
            DecisionFilter text = new DecisionFilter(null, null, null, null, sample.searchWord(), null, null);
            for (String statement : List.of("getDecisionPageWords", "getDecisionPageWordsRare")) {
                add(out, statement.equals("getDecisionPageWords") ? "decision_page_words" : "decision_page_words_rare",
                        battle, DecisionMapper.class, statement, "filter", text, "words",
                        ReasoningWords.query(text.text()), "beforeTime", beforeTime, "beforeId", beforeId,
                        "limit", 100);
            }
        } else if (battle.hasDecisionFts()) {
            DecisionFilter text = new DecisionFilter(null, null, null, null, sample.searchWord(), null, null);
            add(out, "decision_page_fts", battle, DecisionMapper.class, "getDecisionPageFts",
                    "filter", text, "beforeTime", beforeTime, "beforeId", beforeId, "limit", 100);
            add(out, "decision_page_fts_rare", battle, DecisionMapper.class, "getDecisionPageFtsByIds",
                    "filter", text, "beforeTime", beforeTime, "beforeId", beforeId, "limit", 100);
            add(out, "decision_page_fts_common", battle, DecisionMapper.class, "getDecisionPageFtsProbing",
                    "filter", text, "beforeTime", beforeTime, "beforeId", beforeId, "limit", 100);
        }
    }

    private static void add(List<Plan> out, String name, Battle battle, Class<?> mapper, String method,
                            Object... keyValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put((String) keyValues[i], keyValues[i + 1]);
        }
        List<String> detail = battle.explain(mapper, method, params);
        out.add(new Plan(name, QueryPlans.usesIndex(detail) ? INDEX : SCAN, detail));
    }
}
