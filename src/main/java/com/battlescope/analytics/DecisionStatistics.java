package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Decision counts, execution and confidence calibration per model. */
public final class DecisionStatistics {

    public static final double DEFAULT_THRESHOLD = 70;
    public static final int DEFAULT_HORIZON = 5;

    private DecisionStatistics() {
    }

    /** One entry per model id, ordered by model id. */
    public static List<DecisionStats> perModel(List<Decision> decisions, double threshold, int horizon) {
        Map<Decision, Double> later = laterPrices(decisions, horizon);
        Map<String, List<Decision>> byModel = decisions.stream()
                .collect(Collectors.groupingBy(Decision::modelId, TreeMap::new, Collectors.toList()));
        List<DecisionStats> out = new ArrayList<>();
        byModel.forEach((model, list) -> out.add(of(model, list, later, threshold, horizon)));
        return out;
    }

    private static DecisionStats of(String model, List<Decision> list, Map<Decision, Double> later,
                                    double threshold, int horizon) {
        Map<DecisionType, Integer> counts = new EnumMap<>(DecisionType.class);
        for (DecisionType t : DecisionType.values()) {
            counts.put(t, 0);
        }
        list.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
        int executed = (int) list.stream().filter(Decision::executed).count();
        double[] conf = list.stream().filter(d -> d.confidence() != null).mapToDouble(Decision::confidence).toArray();
        return new DecisionStats(model, list.size(), counts, executed,
                list.isEmpty() ? null : executed / (double) list.size(),
                conf.length == 0 ? null : Stats.mean(conf), calibration(list, later, threshold, horizon));
    }

    private static DecisionStats.Calibration calibration(List<Decision> list, Map<Decision, Double> later,
                                                         double threshold, int horizon) {
        int evaluated = 0;
        int favourable = 0;
        for (Decision d : list) {
            DecisionType t = d.type();
            Double future = later.get(d);
            if ((t != DecisionType.BUY && t != DecisionType.SELL) || d.confidence() == null
                    || d.confidence() < threshold || future == null) {
                continue;
            }
            evaluated++;
            if (t == DecisionType.BUY ? future > d.currentPrice() : future < d.currentPrice()) {
                favourable++;
            }
        }
        return new DecisionStats.Calibration(threshold, horizon, evaluated, favourable,
                evaluated == 0 ? null : favourable * 100.0 / evaluated);
    }

    /** For each priced decision, the price of the decision {@code horizon} places later on its symbol. */
    static Map<Decision, Double> laterPrices(List<Decision> decisions, int horizon) {
        Map<String, List<Decision>> bySymbol = decisions.stream().filter(d -> d.currentPrice() != null)
                .collect(Collectors.groupingBy(Decision::symbol));
        Map<Decision, Double> out = new IdentityHashMap<>();
        Comparator<Decision> order = Comparator.comparing(Decision::timestamp)
                .thenComparing(Decision::id, Comparator.nullsLast(Comparator.naturalOrder()));
        for (List<Decision> list : bySymbol.values()) {
            list.sort(order);
            for (int i = 0; i + horizon < list.size(); i++) {
                out.put(list.get(i), list.get(i + horizon).currentPrice());
            }
        }
        return out;
    }
}
