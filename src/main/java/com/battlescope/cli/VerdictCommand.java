package com.battlescope.cli;

import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import com.battlescope.service.verdict.VerdictService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code verdict}: is a lead real? The confidence of every ranking, as in verdict.md. */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = "Significance of the ranking: PSR, MinTRL, DSR, bootstrap intervals, Ledoit-Wolf pair tests "
                + "(Holm), the best set and a headline.")
public class VerdictCommand implements Callable<Integer> {
    static final List<String> MODEL_COLUMNS = List.of("model_id", "n_returns", "sharpe_period", "skewness",
            "kurtosis", "psr_zero", "min_track_record", "min_track_record_days", "dsr", "total_return_pct",
            "total_return_ci", "sharpe_ci", "rank_probabilities", "beats", "ties", "loses");
    static final List<String> PAIR_COLUMNS = List.of("model_a", "model_b", "n", "sharpe_diff", "z", "p_value",
            "p_holm", "correlation", "winner");

    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
    @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "A",
            description = "Significance level after Holm, 0 < A < 1 (default: ${DEFAULT-VALUE}).")
    double alpha;
    @Option(names = "--level", defaultValue = "0.95", paramLabel = "L",
            description = "Bootstrap interval level, 0 < L < 1 (default: ${DEFAULT-VALUE}).")
    double level;
    @Option(names = "--bootstrap", defaultValue = "2000", paramLabel = "B",
            description = "Bootstrap replicates, >= 1 (default: ${DEFAULT-VALUE}).")
    int bootstrap;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--block-length", paramLabel = "L", description = "Mean block length, >= 1 (default: ceil(T^(1/3))).")
    Integer blockLength;
    @Mixin
    RangeOption window;
    @Option(names = "--models", split = ",", paramLabel = "a,b", description = "Only these models.")
    List<String> models;

    @Override
    public Integer call() {
        TimeRange range = window.range(spec);
        VerdictOptions options;
        try {
            options = new VerdictOptions(alpha, level, bootstrap, seed, blockLength,
                    Runtime.getRuntime().availableProcessors());
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage().replace("bootstrap replicates",
                    "bootstrap").replace("block length", "block-length"));
        }
        if (format == OutputFormat.csv) {
            throw new ParameterException(spec.commandLine(), "--format must be json or table");
        }
        VerdictResult result;
        try (Battle battle = data.open()) {
            result = new VerdictService().verdict(battle, range, models, options, StationaryBootstrap.Control.NONE);
        }
        String text = format == OutputFormat.json ? Formats.json(json(result)) + System.lineSeparator() : table(result);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static ObjectNode json(VerdictResult v) {
        ObjectNode root = Formats.JSON.createObjectNode();
        root.put("alpha", v.alpha());
        root.put("level", v.level());
        root.put("bootstrap", v.bootstrap());
        root.put("seed", v.seed());
        root.put("block_length", v.blockLength());
        ArrayNode models = root.putArray("models");
        for (ModelVerdict m : v.models()) {
            ObjectNode n = models.addObject();
            List<Object> values = values(m);
            for (int i = 0; i < MODEL_COLUMNS.size(); i++) {
                put(n, MODEL_COLUMNS.get(i), values.get(i));
            }
        }
        ArrayNode pairs = root.putArray("pairs");
        for (PairVerdict p : v.pairs()) {
            ObjectNode n = pairs.addObject();
            List<Object> values = values(p);
            for (int i = 0; i < PAIR_COLUMNS.size(); i++) {
                put(n, PAIR_COLUMNS.get(i), values.get(i));
            }
        }
        ArrayNode best = root.putArray("best_set");
        v.bestSet().forEach(best::add);
        root.put("headline", v.headline());
        return root;
    }

    private static void put(ObjectNode n, String key, Object value) {
        if (value == null || value instanceof Double) {
            Formats.putNumber(n, key, (Double) value);
        } else if (value instanceof Integer i) {
            n.put(key, i);
        } else if (value instanceof List<?> list) {
            ArrayNode arr = n.putArray(key);
            list.forEach(x -> arr.add((Double) x));
        } else {
            n.put(key, value.toString());
        }
    }

    private static List<Object> values(ModelVerdict m) {
        return Arrays.asList(m.modelId(), m.nReturns(), m.sharpePeriod(), m.skewness(), m.kurtosis(), m.psrZero(),
                m.minTrackRecord(), m.minTrackRecordDays(), m.dsr(), m.totalReturnPct(), interval(m.totalReturnCi()),
                interval(m.sharpeCi()), m.rankProbabilities(), m.beats(), m.ties(), m.loses());
    }

    private static List<Object> values(PairVerdict p) {
        return Arrays.asList(p.modelA(), p.modelB(), p.n(), p.sharpeDiff(), p.z(), p.pValue(), p.pHolm(),
                p.correlation(), p.winner());
    }

    private static List<Double> interval(ModelVerdict.Interval i) {
        return i == null ? null : List.of(i.low(), i.high());
    }

    private static String table(VerdictResult v) {
        List<List<Object>> models = new ArrayList<>();
        for (ModelVerdict m : v.models()) {
            List<Object> row = new ArrayList<>(values(m));
            row.set(10, range(m.totalReturnCi()));
            row.set(11, range(m.sharpeCi()));
            row.set(12, m.rankProbabilities().isEmpty() ? null : m.rankProbabilities().get(0));
            models.add(row);
        }
        List<String> headers = new ArrayList<>(MODEL_COLUMNS);
        headers.set(12, "p_rank_1");
        List<List<Object>> pairs = v.pairs().stream().map(VerdictCommand::values).toList();
        String nl = System.lineSeparator();
        return v.headline() + nl + nl + "best set: " + String.join(", ", v.bestSet()) + nl + nl
                + Formats.table(headers, models) + nl + Formats.table(PAIR_COLUMNS, pairs);
    }

    private static String range(ModelVerdict.Interval i) {
        return i == null ? null : String.format(java.util.Locale.ROOT, "[%.4f, %.4f]", i.low(), i.high());
    }
}
