package com.battlescope.data;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The select list of decision_log for a reader: see {@link BattleSource#decisionColumns}. */
final class DecisionColumnList {
    /** decision_log's columns in the mappers' order, and the value a table without an optional one reads as. */
    private static final Map<String, String> DEFAULTS = defaults();

    private DecisionColumnList() {
    }

    static String of(Database decisions, Collection<String> required, Collection<String> wanted, String purpose) {
        Set<String> present = new LinkedHashSet<>(decisions.columns("decision_log"));
        if (wanted != null) {
            present.removeIf(c -> !wanted.contains(c) && !required.contains(c));
        }
        List<String> missing = required.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataAccessException(decisions.file(), "decision_log lacks column(s) " + String.join(", ", missing)
                    + " that " + purpose + " needs");
        }
        return DEFAULTS.entrySet().stream()
                .filter(e -> wanted == null || wanted.contains(e.getKey()) || required.contains(e.getKey()))
                .map(e -> present.contains(e.getKey()) ? e.getKey() : e.getValue() + " AS " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : List.of("id", "model_id", "symbol", "decision", "reasoning", "confidence", "timestamp",
                "current_price", "position_size", "entry_price", "stop_loss", "take_profit", "direction", "executed",
                "execution_price", "execution_time", "execution_status")) {
            m.put(c, c.equals("executed") ? "0" : c.equals("reasoning") ? "''" : "NULL");
        }
        return m;
    }
}
