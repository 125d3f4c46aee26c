package com.battlescope.service.bench;

import com.battlescope.model.DecisionFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The filter combinations of the decision log that the benchmark pages through and explains. */
final class DecisionPages {
    static final String DECISION = "buy";

    private DecisionPages() {
    }

    /** Every combination of model, symbol, decision and executed; then a time range; then reasoning text. */
    static List<DecisionFilter> filterCombinations(BenchSample s) {
        List<DecisionFilter> out = new ArrayList<>();
        for (int bits = 0; bits < 16; bits++) {
            out.add(new DecisionFilter((bits & 1) != 0 ? s.modelId() : null, (bits & 2) != 0 ? s.symbol() : null,
                    (bits & 4) != 0 ? DECISION : null, (bits & 8) != 0 ? Boolean.TRUE : null, null, null, null));
        }
        out.add(new DecisionFilter(null, null, null, null, null, s.dayFrom(), s.dayTo()));
        out.add(new DecisionFilter(s.modelId(), null, null, null, null, s.dayFrom(), s.dayTo()));
        out.add(new DecisionFilter(null, s.symbol(), null, null, s.searchWord(), null, null));
        return out;
    }

    /** "[model,symbol]", "[none]": which filters are set. */
    static String label(DecisionFilter f) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        if (f.modelId() != null) {
            j.add("model");
        }
        if (f.symbol() != null) {
            j.add("symbol");
        }
        if (f.decision() != null) {
            j.add("decision");
        }
        if (f.executed() != null) {
            j.add("executed");
        }
        if (f.from() != null || f.to() != null) {
            j.add("range");
        }
        if (f.text() != null) {
            j.add("text");
        }
        return j.length() == 2 ? "[none]" : j.toString();
    }
}
