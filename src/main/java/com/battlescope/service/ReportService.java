package com.battlescope.service;

import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.InitialCapital;
import com.battlescope.analytics.RankingEntry;
import com.battlescope.analytics.Rankings;
import com.battlescope.analytics.TradeStats;
import com.battlescope.data.ModelDecisionCounts;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the per-model report and the all-time leaderboard of {@code report}, and the GUI's leaderboard figures. */
public final class ReportService {

    /**
     * @param initialCapital the user's override, or null for the contract's rule (standings, else first snapshot)
     */
    public BattleReport report(Battle battle, Double initialCapital) {
        Map<String, Standing> standings = battle.standings().stream()
                .collect(Collectors.toMap(Standing::modelId, Function.identity(), (a, b) -> a));
        Map<String, List<Trade>> trades = battle.trades(null, TimeRange.ALL).stream()
                .collect(Collectors.groupingBy(Trade::modelId));
        Map<String, ModelDecisionCounts> decisions = battle.decisionCounts().stream()
                .collect(Collectors.toMap(ModelDecisionCounts::modelId, Function.identity()));
        List<ModelReport> models = new ArrayList<>();
        for (String modelId : battle.modelIds()) {
            EquityCurve curve = EquityCurve.of(battle.snapshots(modelId, TimeRange.ALL));
            if (curve.isEmpty()) {
                continue;
            }
            double capital = InitialCapital.resolve(initialCapital, standings.get(modelId), curve);
            ModelDecisionCounts counts = decisions.get(modelId);
            models.add(new ModelReport(CurveMetrics.of(curve, capital),
                    TradeStats.of(trades.getOrDefault(modelId, List.of())),
                    counts == null ? 0 : counts.decisions(), counts == null ? 0 : counts.executedDecisions()));
        }
        List<RankingEntry> entries = models.stream()
                .map(m -> new RankingEntry(m.modelId(), m.curve().totalReturnPct(), m.curve().sharpeRatio(),
                        m.curve().maxDrawdownPct()))
                .toList();
        return new BattleReport(models, Rankings.rank(entries));
    }
}
