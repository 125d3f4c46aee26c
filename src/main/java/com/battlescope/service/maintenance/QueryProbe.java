package com.battlescope.service.maintenance;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.data.QueryPlans;
import com.battlescope.data.ReasoningWords;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.TradeMapper;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the app's main queries, run as the app runs it (the mapper statement with real parameters): its
 * {@code EXPLAIN QUERY PLAN} and its time.
 */
record QueryProbe(String name, Class<?> mapper, String method, Map<String, Object> params) {

    /** The plan lines, the median time of three runs (after one warm-up) in milliseconds. */
    record Measured(QueryProbe probe, List<String> plan, double millis) {
        /**
         * True when a plan line reads a whole table: "SCAN name" where name is a table or its alias, not a CTE
         * (those appear as "CO-ROUTINE name" or "MATERIALIZE name"), a constant row or a virtual table's own index
         * (an FTS5 MATCH reads as "SCAN decision_fts VIRTUAL TABLE INDEX 0:M1").
         */
        boolean scans() {
            if (plan.stream().anyMatch(l -> l.contains("cost="))) {
                return !QueryPlans.usesIndex(plan); // PostgreSQL's EXPLAIN: a Seq Scan
            }
            java.util.Set<String> ctes = new java.util.HashSet<>();
            for (String l : plan) {
                String[] words = l.trim().split(" ");
                if (words.length > 1 && (words[0].equals("CO-ROUTINE") || words[0].equals("MATERIALIZE"))) {
                    ctes.add(words[1]);
                }
            }
            return plan.stream().filter(l -> !l.contains(" VIRTUAL TABLE INDEX ")).map(l -> l.trim().split(" "))
                    .anyMatch(w -> w.length > 1 && w[0].equals("SCAN") && !ctes.contains(w[1])
                            && !w[1].equals("CONSTANT"));
        }
    }

    /** The main queries of the app with parameters taken from the battle (its first model and symbol, latest week). */
    static List<QueryProbe> main(Battle battle) {
        List<QueryProbe> probes = new ArrayList<>();
        List<String> models = battle.modelIds();
        Stamp latest = battle.latestSnapshotTime();
        String model = models.isEmpty() ? "" : models.get(0);
        String to = latest == null ? null : Stamp.format(latest.local());
        String weekAgo = latest == null ? null : Stamp.format(latest.local().minusDays(7));
        String dayAgo = latest == null ? null : Stamp.format(latest.local().minusDays(1));
        probes.add(new QueryProbe("model ids", SnapshotMapper.class, "getModelIds", Map.of()));
        probes.add(new QueryProbe("equity curve of a model, last week", SnapshotMapper.class,
                "getSnapshotsByModel", params("modelId", model, "from", weekAgo, "to", to)));
        probes.add(new QueryProbe("latest snapshot per model", SnapshotMapper.class, "getLatestSnapshots",
                Map.of()));
        if (battle.hasTrades()) {
            probes.add(new QueryProbe("trades of a model", TradeMapper.class, "getTrades",
                    params("modelId", model, "from", null, "to", null)));
        }
        if (battle.hasLeaderboardSnapshots()) {
            probes.add(new QueryProbe("latest daily leaderboard", LeaderboardMapper.class,
                    "getLatestLeaderboard", params("timeframe", "daily")));
        }
        if (battle.hasDecisions()) {
            List<String> symbols = battle.symbols();
            String symbol = symbols.isEmpty() ? "" : symbols.get(0);
            probes.add(new QueryProbe("decisions on a symbol, last day", DecisionMapper.class,
                    "getTimedDecisionsBySymbol", params("symbol", symbol, "from", dayAgo, "to", to)));
            probes.add(new QueryProbe("decision log page of a model", DecisionMapper.class,
                    "getDecisionPage", params("filter", new DecisionFilter(model, null, null, null, null, null, null),
                    "beforeTime", null, "beforeId", null, "limit", 100)));
            probes.add(new QueryProbe("decision log page, symbol and text", DecisionMapper.class,
                    "getDecisionPage", params("filter", new DecisionFilter(null, symbol, null, null, "stop", null, null),
                    "beforeTime", null, "beforeId", null, "limit", 100)));
            if (battle.onServer()) {
                // the server's search: the GIN index on the reasoning's words, confirmed against the text
                probes.add(new QueryProbe("decision log page, full-text search", DecisionMapper.class,
                        "getDecisionPageWords", params("filter", new DecisionFilter(null, null, null, null, "stop",
                        null, null), "words", ReasoningWords.query("stop"), "beforeTime", null, "beforeId", null,
                        "limit", 100)));
            } else if (battle.hasDecisionFts()) {
                probes.add(new QueryProbe("decision log page, full-text search", DecisionMapper.class,
                        "getDecisionPageFts", params("filter", new DecisionFilter(null, null, null, null, "stop", null,
                        null), "beforeTime", null, "beforeId", null, "limit", 100)));
            }
        }
        return probes;
    }

    /** Times the statement on the battle's file that holds its table. */
    Measured measure(Battle battle) {
        List<String> plan = battle.explain(mapper, method, params);
        double[] runs = new double[3];
        battle.runStatement(mapper, method, params);
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            battle.runStatement(mapper, method, params);
            runs[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(runs);
        return new Measured(this, plan, runs[1]);
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
