package com.battlescope.service.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code bench} run: medians in milliseconds, write throughput in rows per second, and the
 * query-plan verdict of each main query. The first eight components are the JSON keys.
 *
 * @param searchMode       "fts5" when the folder has the {@code decision_fts} index, else "like"
 * @param pageMs           decisions_page_ms per filter combination ("[model,symbol]" ...); the key is the worst
 * @param searchMsByWord   search_ms per searched word (a word of the log and a word that is absent); the key is the worst
 * @param cpuMs            the same medians in CPU time (wall-clock time less waiting for a core), by key;
 *                         for insert_rows_per_s the rows per CPU second
 * @param viewCompareMs    the engine view's time for the same symbol and day, or null when not asked for or absent
 * @param viewComparePairs the view's row count for that symbol and day, or null
 * @param verdictMs        the verdict of every model over all snapshots with the default 2,000 replicates
 * @param qualityMs        the decision quality figures of the whole folder at 1 h (the {@code quality} command)
 * @param index            BattleScope's own index: build, update and size; null with {@code --no-index}
 */
public record BenchResult(double openLeaderboardMs, double equityAllMs, double compareSymbolDayMs,
                          double decisionsPageMs, double searchMs, double reportMs, double insertRowsPerS,
                          List<QueryPlanReport.Plan> plans, String searchMode, Path folder, int runs,
                          Sizes sizes, Map<String, Double> pageMs, Map<String, Double> searchMsByWord,
                          Map<String, Double> cpuMs,
                          Double viewCompareMs, Long viewComparePairs, double verdictMs, double qualityMs,
                          IndexFigures index) {

    /**
     * What was measured on.
     *
     * @param equityPoints loaded snapshots of all models; {@code chartPoints} what is left after the reduction
     */
    public record Sizes(int models, long snapshots, long decisions, String symbol, LocalDate day, int comparePairs,
                        long equityPoints, long chartPoints) {
    }

    /** The budgets in milliseconds for the timed figures (a figure within budget is below it). */
    public static final Map<String, Double> BUDGET_MS = budgets();

    /** The timed figures and the write throughput under their JSON keys, in the order. */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("open_leaderboard_ms", openLeaderboardMs);
        f.put("equity_all_ms", equityAllMs);
        f.put("compare_symbol_day_ms", compareSymbolDayMs);
        f.put("decisions_page_ms", decisionsPageMs);
        f.put("search_ms", searchMs);
        f.put("report_ms", reportMs);
        f.put("verdict_ms", verdictMs);
        f.put("insert_rows_per_s", insertRowsPerS);
        f.put("quality_ms", qualityMs);
        return f;
    }

    private static Map<String, Double> budgets() {
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("open_leaderboard_ms", 500.0);
        b.put("equity_all_ms", 1000.0);
        b.put("compare_symbol_day_ms", 50.0);
        b.put("decisions_page_ms", 50.0);
        b.put("search_ms", 1000.0);
        b.put("report_ms", 15_000.0);
        b.put("verdict_ms", 3_000.0);
        b.put("quality_ms", 10_000.0);
        return Collections.unmodifiableMap(b);
    }

    /** Query name to "index" or "scan". */
    public Map<String, String> planVerdicts() {
        return QueryPlanReport.verdicts(plans);
    }

    /** The view's time over the index-based comparison's, or null. */
    public Double viewRatio() {
        return viewCompareMs == null || compareSymbolDayMs <= 0 ? null : viewCompareMs / compareSymbolDayMs;
    }
}
