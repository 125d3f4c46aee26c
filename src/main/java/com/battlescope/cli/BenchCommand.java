package com.battlescope.cli;

import com.battlescope.service.bench.BenchOptions;
import com.battlescope.service.bench.BenchResult;
import com.battlescope.service.bench.BenchService;
import com.battlescope.service.bench.KernelBench;
import com.battlescope.service.bench.QueryPlanReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: times the main operations on a folder (read-only) and prints the query-plan verdicts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the app's main operations on a battle folder (median of several runs after a warm-up)"
                + " and explains its main queries (index or scan). The folder is never modified; the write"
                + " throughput is measured in a temporary database."})
public class BenchCommand implements Callable<Integer> {
    enum Format { json, table }

    private static final double KERNEL_BUDGET_MS = 100;

    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Measured runs per operation (default: ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--view-compare",
            description = "Also time the engine's decision_comparison view for the same symbol and day (slow).")
    boolean viewCompare;
    @Option(names = "--kernels", description = "Also time Sharpe, drawdown and rolling windows over 1e6 points.")
    boolean kernels;
    @Option(names = "--no-index", description = "Read the engine files alone: do not build BattleScope's own index "
            + "(by default it is built first, timed, and every figure is measured through it).")
    boolean noIndex;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        BenchResult result = new BenchService().run(data.data,
                BenchOptions.defaults().withRuns(runs).withViewCompare(viewCompare).withIndex(!noIndex));
        KernelBench.Result k = kernels ? new KernelBench().run(KernelBench.DEFAULT_POINTS, 5, Math.max(runs, 5)) : null;
        String text = format == Format.json ? Formats.json(json(result, k)) + System.lineSeparator() : table(result, k);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static ObjectNode json(BenchResult r, KernelBench.Result k) {
        ObjectNode root = Formats.JSON.createObjectNode();
        r.figures().forEach((key, v) -> root.put(key, round(v)));
        ObjectNode plans = root.putObject("plans");
        r.planVerdicts().forEach(plans::put);
        root.put("search_mode", r.searchMode());
        root.put("index", r.index() != null);
        if (r.index() != null) {
            root.put("index_build_s", round(r.index().buildS()));
            root.put("index_update_10k_ms", round(r.index().update10kMs()));
            root.put("index_size_bytes", r.index().sizeBytes());
            root.put("index_size_pct_of_decisions_db", round(r.index().sizePct()));
        }
        if (r.viewCompareMs() != null) {
            root.put("view_compare_ms", round(r.viewCompareMs()));
            root.put("view_compare_pairs", r.viewComparePairs());
            Formats.putNumber(root, "view_ratio", r.viewRatio() == null ? null : round(r.viewRatio()));
        }
        ObjectNode d = root.putObject("details");
        BenchResult.Sizes s = r.sizes();
        d.put("folder", r.folder().toString());
        d.put("runs", r.runs());
        d.put("models", s.models());
        d.put("snapshots", s.snapshots());
        d.put("decisions", s.decisions());
        d.put("symbol", s.symbol());
        d.put("day", s.day().toString());
        d.put("compare_pairs", s.comparePairs());
        d.put("equity_points", s.equityPoints());
        d.put("chart_points", s.chartPoints());
        ObjectNode cpu = d.putObject("cpu_ms");
        r.cpuMs().forEach((key, v) -> cpu.put(key, round(v)));
        ObjectNode pages = d.putObject("decisions_page_ms");
        r.pageMs().forEach((key, v) -> pages.put(key, round(v)));
        ObjectNode search = d.putObject("search_ms");
        r.searchMsByWord().forEach((key, v) -> search.put(key, round(v)));
        ObjectNode plans2 = d.putObject("plans");
        for (QueryPlanReport.Plan p : r.plans()) {
            plans2.put(p.name(), String.join(" | ", p.detail()));
        }
        if (k != null) {
            ObjectNode kn = root.putObject("kernels");
            kn.put("points", k.points());
            kn.put("sharpe_ms", round(k.sharpeMs()));
            kn.put("drawdown_ms", round(k.drawdownMs()));
            kn.put("rolling_ms", round(k.rollingMs()));
            kn.put("sharpe_cpu_ms", round(k.sharpeCpuMs()));
            kn.put("drawdown_cpu_ms", round(k.drawdownCpuMs()));
            kn.put("rolling_cpu_ms", round(k.rollingCpuMs()));
        }
        return root;
    }

    static String table(BenchResult r, KernelBench.Result k) {
        List<List<Object>> rows = new ArrayList<>();
        r.figures().forEach((key, v) -> {
            Double budget = BenchResult.BUDGET_MS.get(key);
            String status = budget == null ? "" : v < budget ? "ok" : "OVER";
            Double cpu = r.cpuMs().get(key);
            rows.add(List.of(key, number(v), cpu == null ? "" : number(cpu), budget == null ? "" : "< " + number(budget),
                    status));
        });
        if (r.viewCompareMs() != null) {
            rows.add(List.of("view_compare_ms", number(r.viewCompareMs()), "",
                    r.viewRatio() == null ? "" : String.format(Locale.ROOT, "x%.0f", r.viewRatio()), ""));
        }
        if (r.index() != null) {
            rows.add(List.of("index_build_s", number(r.index().buildS()), "", "< 180", r.index().buildS() < 180 ? "ok"
                    : "OVER"));
            rows.add(List.of("index_update_10k_ms", number(r.index().update10kMs()), "", "< 1,000",
                    r.index().update10kMs() < 1000 ? "ok" : "OVER"));
            rows.add(List.of("index_size_bytes", String.format(Locale.ROOT, "%,d", r.index().sizeBytes()), "",
                    String.format(Locale.ROOT, "%.1f %% of decisions.db (<= 50 %%)", r.index().sizePct()),
                    r.index().sizePct() <= 50 ? "ok" : "OVER"));
        }
        if (k != null) {
            rows.add(kernelRow("kernel_sharpe_ms", k.sharpeMs(), k.sharpeCpuMs()));
            rows.add(kernelRow("kernel_drawdown_ms", k.drawdownMs(), k.drawdownCpuMs()));
            rows.add(kernelRow("kernel_rolling_ms", k.rollingMs(), k.rollingCpuMs()));
        }
        BenchResult.Sizes s = r.sizes();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d models, %d snapshots, %d decisions; median of %d runs%n",
                r.folder(), s.models(), s.snapshots(), s.decisions(), r.runs()));
        sb.append(String.format(Locale.ROOT, "comparison %s on %s: %d pairs%s; search: %s%s; charts: %d of %d points%n%n",
                s.symbol(), s.day(), s.comparePairs(),
                r.viewComparePairs() == null ? "" : " (view: " + r.viewComparePairs() + ")", r.searchMode(),
                r.index() == null ? " (no index)" : " through BattleScope's index",
                s.chartPoints(), s.equityPoints()));
        sb.append(Formats.table(List.of("figure", "median", "cpu", "budget", ""), rows)).append(System.lineSeparator());
        List<List<Object>> plans = new ArrayList<>();
        for (QueryPlanReport.Plan p : r.plans()) {
            plans.add(List.of(p.name(), p.verdict(), p.summary()));
        }
        sb.append(Formats.table(List.of("query", "plan", "detail"), plans));
        return sb.toString();
    }

    private static List<Object> kernelRow(String name, double ms, double cpuMs) {
        return List.of(name, number(ms), number(cpuMs), "< 100", ms < KERNEL_BUDGET_MS ? "ok" : "OVER");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v >= 1000 ? "%,.0f" : "%.1f", v);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
