package com.battlescope.service;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.model.Standing;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every model's equity curve over a range with the initial capital its total return is measured against: the
 * contract's rule (standings, else the first snapshot) when the range starts at the beginning; otherwise no
 * capital, i.e. the range's first snapshot.
 *
 * @param curves   per model id (sorted)
 * @param capitals per model id, only when the range is open at the start
 */
public record RangeCurves(Map<String, EquityCurve> curves, Map<String, Double> capitals) {

    public static RangeCurves read(Battle battle, TimeRange range) {
        Map<String, EquityCurve> curves = new TreeMap<>();
        battle.curves(range).forEach((model, snaps) -> curves.put(model, EquityCurve.of(snaps)));
        Map<String, Double> capitals = new HashMap<>();
        if (range.from() == null) {
            Map<String, Standing> standings = standings(battle);
            curves.forEach((model, curve) -> capitals.put(model,
                    InitialCapital.resolve(null, standings.get(model), curve)));
        }
        return new RangeCurves(curves, capitals);
    }

    /** The battle's standings by model id (the first row of a model wins). */
    public static Map<String, Standing> standings(Battle battle) {
        return battle.standings().stream()
                .collect(Collectors.toMap(Standing::modelId, Function.identity(), (a, b) -> a));
    }
}
