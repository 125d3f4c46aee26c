package com.battlescope.service.maintenance;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.TradeReconstruction;
import com.battlescope.analytics.TradeSet;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the computing actions read from a battle: curves, standings and trades. Trades come from
 * {@code trade_log}; when it is empty (the engine's usual state) they are reconstructed from executed
 * decisions, and {@link #tradeSource()} says so.
 */
record BattleData(Map<String, EquityCurve> curves, Map<String, Standing> standings, TradeSet trades) {

    static BattleData read(Battle battle) {
        Map<String, EquityCurve> curves = new LinkedHashMap<>();
        battle.curves(TimeRange.ALL).forEach((model, snaps) -> curves.put(model, EquityCurve.of(snaps)));
        Map<String, Standing> standings = battle.standings().stream()
                .collect(Collectors.toMap(Standing::modelId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Trade> logged = battle.trades(null, TimeRange.ALL);
        TradeSet trades = logged.isEmpty() ? TradeReconstruction.fromDecisions(battle.executedDecisions())
                : new TradeSet(logged, false);
        return new BattleData(curves, standings, trades);
    }

    /** The contract's initial capital: the standing's implied capital, else the first snapshot's equity. */
    double initialCapital(String model) {
        return InitialCapital.resolve(null, standings.get(model), curves.get(model));
    }

    Map<String, Double> initialCapitals() {
        Map<String, Double> out = new LinkedHashMap<>();
        curves.forEach((model, curve) -> {
            if (!curve.isEmpty()) {
                out.put(model, initialCapital(model));
            }
        });
        return out;
    }

    List<Trade> tradesOf(String model) {
        return trades.trades().stream().filter(t -> model.equals(t.modelId())).toList();
    }

    List<HourlySnapshot> allSnapshots() {
        return curves.values().stream().flatMap(c -> c.points().stream()).toList();
    }

    String tradeSource() {
        int n = trades.trades().size();
        return trades.reconstructed()
                ? "trade_log is empty: using " + n + " trades reconstructed from executed decisions"
                : "using " + n + " trades from trade_log";
    }
}
