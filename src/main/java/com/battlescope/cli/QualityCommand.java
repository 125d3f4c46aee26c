package com.battlescope.cli;

import com.battlescope.service.view.Cells;
import com.battlescope.analytics.quality.CalibrationBin;
import com.battlescope.analytics.quality.Horizon;
import com.battlescope.analytics.quality.ModelQuality;
import com.battlescope.analytics.quality.QualityReport;
import com.battlescope.service.Battle;
import com.battlescope.service.QualityService;
import com.battlescope.service.TimeRange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quality}: does a model's stated confidence, plan and dissent match what the market did next (quality.md). */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Decision quality per model: hit rate, calibration of confidence, plans, split moments.")
public class QualityCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("model_id", "directional", "with_forward", "hit_rate",
            "mean_signed_return", "brier", "ece", "confidence_spearman", "plan_n", "target_first", "stop_first",
            "neither", "planned_r_median", "splits_n", "splits_right", "holds_n", "holds_mean_abs_move",
            "unexecuted_n", "unexecuted_mean_signed_return", "time_in_market_pct");

    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = "--horizon", defaultValue = "1h", description = "1h, 1d or 5d (default: ${DEFAULT-VALUE}).")
    String horizon;
    @Option(names = "--window-minutes", defaultValue = "5", paramLabel = "M",
            description = "Comparison moments' window (default: ${DEFAULT-VALUE}).")
    double windowMinutes;
    @Mixin
    RangeOption window;
    @Option(names = "--models", paramLabel = "a,b", split = ",", description = "Only these models.")
    List<String> models;

    @Override
    public Integer call() {
        TimeRange range;
        Horizon h;
        if (!format.equals("json") && !format.equals("table")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or table, not '" + format + "'");
        }
        range = window.range(spec);
        try {
            h = Horizon.parse(horizon);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new ParameterException(spec.commandLine(), "--window-minutes must be >= 0");
        }
        Set<String> picked = models == null ? Set.of() : new TreeSet<>(models.stream().map(String::trim)
                .filter(m -> !m.isEmpty()).toList());
        QualityReport report;
        try (Battle battle = data.open()) {
            report = new QualityService().quality(battle, range, picked, h, windowMinutes);
        }
        String text = format.equals("json") ? Formats.json(json(report)) + System.lineSeparator()
                : Formats.table(COLUMNS, report.models().stream().map(QualityCommand::row).toList())
                + "split moments: " + report.splitsN() + ", majority right: " + Cells.readable(report.majorityRight())
                + ", minority right: " + Cells.readable(report.minorityRight()) + System.lineSeparator();
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The spec's JSON. */
    static ObjectNode json(QualityReport r) {
        ObjectNode root = Formats.JSON.createObjectNode();
        root.put("horizon_hours", r.horizonHours());
        root.put("window_minutes", r.windowMinutes());
        ArrayNode arr = root.putArray("models");
        for (ModelQuality m : r.models()) {
            ObjectNode n = arr.addObject();
            n.put("model_id", m.modelId());
            n.put("directional", m.directional());
            n.put("with_forward", m.withForward());
            Formats.putNumber(n, "hit_rate", m.hitRate());
            Formats.putNumber(n, "mean_signed_return", m.meanSignedReturn());
            Formats.putNumber(n, "brier", m.brier());
            Formats.putNumber(n, "ece", m.ece());
            ArrayNode bins = n.putArray("calibration");
            for (CalibrationBin b : m.calibration()) {
                ObjectNode bn = bins.addObject();
                bn.put("low", b.low());
                bn.put("high", b.high());
                bn.put("n", b.n());
                Formats.putNumber(bn, "mean_confidence", b.meanConfidence());
                Formats.putNumber(bn, "hit_rate", b.hitRate());
            }
            Formats.putNumber(n, "confidence_spearman", m.confidenceSpearman());
            ObjectNode plan = n.putObject("plan");
            plan.put("n", m.plan().n());
            plan.put("target_first", m.plan().targetFirst());
            plan.put("stop_first", m.plan().stopFirst());
            plan.put("neither", m.plan().neither());
            Formats.putNumber(plan, "planned_r_median", m.plan().plannedRMedian());
            ObjectNode splits = n.putObject("splits");
            splits.put("n", m.splitsN());
            splits.put("right", m.splitsRight());
            ObjectNode holds = n.putObject("holds");
            holds.put("n", m.holdsN());
            Formats.putNumber(holds, "mean_abs_move", m.holdsMeanAbsMove());
            ObjectNode unexecuted = n.putObject("unexecuted");
            unexecuted.put("n", m.unexecutedN());
            Formats.putNumber(unexecuted, "mean_signed_return", m.unexecutedMeanSignedReturn());
            Formats.putNumber(n, "time_in_market_pct", m.timeInMarketPct());
        }
        ObjectNode splits = root.putObject("splits");
        splits.put("n", r.splitsN());
        Formats.putNumber(splits, "majority_right", r.majorityRight());
        Formats.putNumber(splits, "minority_right", r.minorityRight());
        return root;
    }

    private static List<Object> row(ModelQuality m) {
        return Arrays.asList(m.modelId(), m.directional(), m.withForward(), m.hitRate(), m.meanSignedReturn(),
                m.brier(), m.ece(), m.confidenceSpearman(), m.plan().n(), m.plan().targetFirst(),
                m.plan().stopFirst(), m.plan().neither(), m.plan().plannedRMedian(), m.splitsN(), m.splitsRight(),
                m.holdsN(), m.holdsMeanAbsMove(), m.unexecutedN(), m.unexecutedMeanSignedReturn(),
                m.timeInMarketPct());
    }
}
