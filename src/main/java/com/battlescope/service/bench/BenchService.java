package com.battlescope.service.bench;

import com.battlescope.analytics.ComparisonPair;
import com.battlescope.analytics.DecisionComparison;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.ChartSeries;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleReport;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.service.ComparisonService;
import com.battlescope.service.QualityService;
import com.battlescope.service.ReportService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.Leaderboard;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.ViewQuery;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Times the app's main operations on a battle folder (read-only: the folder is never modified) and explains
 * its main queries. Each figure is the median of several runs after a warm-up; files are in the OS cache then,
 * as in an app that has the folder open.
 */
public final class BenchService {
    public static final int PAGE_SIZE = 100;
    public static final double WINDOW_MINUTES = 5;
    static final String ABSENT_WORD = "zqxjvbattlescope";

    private final BattleService battles = new BattleService();
    private final ReportService reports = new ReportService();
    private final ComparisonService comparisons = new ComparisonService();
    private final LeaderboardService leaderboards = new LeaderboardService();
    private final VerdictService verdicts = new VerdictService();
    private final QualityService qualities = new QualityService();

    public BenchResult run(Path folder, BenchOptions options) {
        return run(folder.toString(), options, PasswordPrompt.NONE);
    }

    /** As {@link #run(Path, BenchOptions)} on a folder or a server battle ({@code --data}). */
    public BenchResult run(String data, BenchOptions options, PasswordPrompt prompt) {
        int w = options.warmups();
        int n = options.runs();
        Map<String, Double> cpu = new LinkedHashMap<>();
        IndexFigures index = null;
        boolean indexed;
        try (Battle b = battles.open(data, prompt)) {
            indexed = options.index() && !b.onServer();
            if (indexed) {
                index = new IndexBench().run(b, templates(b, null));
            }
        }
        Timing.Measured<Leaderboard> open = Timing.median(w, n, () -> {
            try (Battle b = open(data, prompt, indexed)) {
                return leaderboards.standings(b, ViewQuery.all());
            }
        });
        cpu.put("open_leaderboard_ms", open.medianCpuMs());
        try (Battle battle = open(data, prompt, indexed)) {
            BenchSample sample = BenchSample.of(battle);
            Timing.Measured<Long> equity = Timing.median(w, n, () -> equityForCharts(battle));
            cpu.put("equity_all_ms", equity.medianCpuMs());
            Timing.Measured<List<ComparisonPair>> compare = Timing.median(w, n, () -> sample.symbol() == null
                    ? List.of() : comparisons.pairs(battle, sample.symbol(), sample.dayRange(), WINDOW_MINUTES));
            cpu.put("compare_symbol_day_ms", compare.medianCpuMs());
            Map<String, Timing.Measured<?>> pages = new LinkedHashMap<>();
            for (DecisionFilter f : DecisionPages.filterCombinations(sample)) {
                pages.put(DecisionPages.label(f), page(battle, f, sample, w, n));
            }
            cpu.put("decisions_page_ms", worst(pages).medianCpuMs());
            Map<String, Timing.Measured<?>> searches = new LinkedHashMap<>();
            for (String word : List.of(sample.searchWord(), ABSENT_WORD)) {
                DecisionFilter f = new DecisionFilter(null, null, null, null, word, null, null);
                searches.put(word, Timing.median(w, n, () -> battle.decisionPage(f, null, PAGE_SIZE)));
            }
            cpu.put("search_ms", worst(searches).medianCpuMs());
            Timing.Measured<BattleReport> report = Timing.median(w, n, () -> reports.report(battle, null));
            cpu.put("report_ms", report.medianCpuMs());
            Timing.Measured<VerdictResult> verdict = Timing.median(w, n, () -> verdicts.verdict(battle, TimeRange.ALL,
                    null, VerdictOptions.defaults(), StationaryBootstrap.Control.NONE));
            cpu.put("verdict_ms", verdict.medianCpuMs());
            Timing.Measured<QualityReport> quality = Timing.median(w, n, () -> battle.hasDecisions()
                    ? qualities.quality(battle, TimeRange.ALL, Set.of(), Horizon.DEFAULT,
                    DecisionComparison.DEFAULT_WINDOW_MINUTES) : null);
            cpu.put("quality_ms", quality.medianCpuMs());
            InsertThroughput.Rates insert = new InsertThroughput(templates(battle, sample), options.insertRows())
                    .rowsPerSecond(n);
            cpu.put("insert_rows_per_s", insert.cpu());
            List<QueryPlanReport.Plan> plans = new QueryPlanReport().plans(battle, sample);
            Double viewMs = null;
            Long viewPairs = null;
            if (options.viewCompare() && sample.symbol() != null && battle.hasComparisonView()) {
                long start = System.nanoTime();
                viewPairs = battle.comparisonViewRows(sample.symbol(), sample.dayFrom(), sample.dayTo());
                viewMs = (System.nanoTime() - start) / 1e6;
            }
            BenchResult.Sizes sizes = new BenchResult.Sizes(open.value().rows().size(), battle.snapshotCount(),
                    battle.decisionCount(), sample.symbol(), sample.day(), compare.value().size(),
                    battle.snapshotCount(), equity.value());
            return new BenchResult(open.medianMs(), equity.medianMs(), compare.medianMs(), worst(pages).medianMs(),
                    worst(searches).medianMs(), report.medianMs(), insert.wall(), plans,
                    battle.onServer() ? "postgresql-fulltext" : battle.hasDecisionFts() ? "fts5" : "like", battle.path(), n, sizes, wall(pages), wall(searches),
                    cpu, viewMs, viewPairs, verdict.medianMs(), quality.medianMs(), index);
        }
    }

    /**
     * The equity chart of every model over the whole battle ({@link ChartService#equityChart}: each curve reduced to
     * about {@link ChartService#MAX_POINTS}, from BattleScope's index when the battle uses one); returns the points kept.
     */
    static long equityForCharts(Battle battle) {
        return new ChartService().equityChart(battle, ViewQuery.all()).chart().series().stream()
                .mapToLong(ChartSeries::size).sum();
    }

    /**
     * The folder opened as the app opens it with its index built: the index brought up to date with the quick checks
     * and read through ({@code indexed}), else the engine files alone.
     */
    private Battle open(String data, PasswordPrompt prompt, boolean indexed) {
        Battle battle = battles.open(data, prompt);
        if (indexed) {
            new IndexService().update(battle, MaintenanceProgress.NONE);
        }
        return battle;
    }

    /** A page of 100 after a cursor deep in the log: the filter's newest row at or before the middle time. */
    private static Timing.Measured<List<Decision>> page(Battle battle, DecisionFilter filter, BenchSample sample,
                                                        int w, int n) {
        DecisionFilter upToMiddle = new DecisionFilter(filter.modelId(), filter.symbol(), filter.decision(),
                filter.executed(), filter.text(), filter.from(),
                filter.to() != null ? filter.to() : sample.cursorTime());
        Decision cursor = sample.cursor() == null ? null
                : battle.decisionPage(upToMiddle, null, 1).stream().findFirst().orElse(null);
        return Timing.median(w, n, () -> battle.decisionPage(filter, cursor, PAGE_SIZE));
    }

    /** Decisions to copy in the write benchmarks: a page of the log at the sample's cursor (null: the newest). */
    private static List<Decision> templates(Battle battle, BenchSample sample) {
        List<Decision> page = battle.decisionPage(DecisionFilter.none(), sample == null ? null : sample.cursor(),
                PAGE_SIZE);
        if (!page.isEmpty()) {
            return page;
        }
        return List.of(new Decision(null, sample == null ? "bench-model" : sample.modelId(), "AAPL", "hold", "Benchmark row.", 50.0, null, 100.0,
                null, null, null, null, null, false, null, null, null));
    }

    private static Timing.Measured<?> worst(Map<String, Timing.Measured<?>> timings) {
        return timings.values().stream().max(Comparator.comparingDouble(Timing.Measured::medianMs))
                .orElse(new Timing.Measured<>(0, 0, null));
    }

    private static Map<String, Double> wall(Map<String, Timing.Measured<?>> timings) {
        Map<String, Double> out = new LinkedHashMap<>();
        timings.forEach((k, v) -> out.put(k, v.medianMs()));
        return out;
    }
}
