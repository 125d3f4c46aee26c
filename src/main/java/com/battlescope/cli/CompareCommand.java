package com.battlescope.cli;

import com.battlescope.analytics.ComparisonPair;
import com.battlescope.service.Battle;
import com.battlescope.service.ComparisonService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.view.ComparisonViewService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compare}: the decision_comparison pairs of one symbol, newest first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Pairs of decisions by two models on one symbol within a time window (the engine's view).")
public class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--symbol", required = true, paramLabel = "S")
    String symbol;
    @Mixin
    RangeOption window;
    @Option(names = "--window-minutes", defaultValue = "5", paramLabel = "M")
    double windowMinutes;
    @Option(names = "--format", defaultValue = "json", description = "json, csv or table (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        TimeRange range = window.range(spec);
        if (symbol.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--symbol must name a symbol (it is empty)");
        }
        if (range.from() != null && range.to() != null && range.from().compareTo(range.to()) > 0) {
            throw new ParameterException(spec.commandLine(), "--from (" + window.from + ") is after --to (" + window.to
                    + "): no decision can lie between them");
        }
        if (windowMinutes < 0 || Double.isNaN(windowMinutes)) {
            throw new ParameterException(spec.commandLine(), "--window-minutes must be >= 0");
        }
        List<ComparisonPair> pairs;
        try (Battle battle = data.open()) {
            pairs = new ComparisonService().pairs(battle, symbol, range, windowMinutes);
        }
        List<List<Object>> rows = pairs.stream().map(ComparisonViewService::pairValues).toList();
        String text = switch (format) {
            case json -> Formats.json(json(symbol, windowMinutes, pairs)) + System.lineSeparator();
            case csv -> Formats.csv(ComparisonViewService.PAIR_COLUMNS, rows);
            case table -> Formats.table(ComparisonViewService.PAIR_COLUMNS, rows);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static ObjectNode json(String symbol, double window, List<ComparisonPair> pairs) {
        ObjectNode root = Formats.JSON.createObjectNode();
        root.put("symbol", symbol);
        root.put("window_minutes", window);
        ArrayNode arr = root.putArray("pairs");
        for (ComparisonPair p : pairs) {
            ObjectNode n = arr.addObject();
            n.put("timestamp", p.timestamp().text());
            Formats.putNumber(n, "current_price", p.currentPrice());
            n.put("model_1_id", p.model1Id());
            n.put("model_1_decision", p.model1Decision());
            Formats.putNumber(n, "model_1_confidence", p.model1Confidence());
            n.put("model_2_id", p.model2Id());
            n.put("model_2_decision", p.model2Decision());
            Formats.putNumber(n, "model_2_confidence", p.model2Confidence());
            Formats.putNumber(n, "time_diff_minutes", p.timeDiffMinutes());
        }
        return root;
    }
}
