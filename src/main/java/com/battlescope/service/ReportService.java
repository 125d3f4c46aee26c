package com.battlescope.service;

import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.DayCurve;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the per-model report and the all-time leaderboard of {@code report}, and the GUI's leaderboard figures. */
public final class ReportService {

    /**
     * @param initialCapital the user's override, or null for the contract's rule (standings, else first snapshot)
     */
    public BattleReport report(Battle battle, Double initialCapital) {
        Map<String, Standing> standings = RangeCurves.standings(battle);
        Map<String, List<Trade>> trades = battle.trades(null, TimeRange.ALL).stream()
                .collect(Collectors.groupingBy(Trade::modelId));
        Optional<CurveIndex> index = battle.curveIndex();
        List<ModelDecisionCounts> counts = index.flatMap(i -> i.decisionCounts(battle))
                .orElseGet(battle::decisionCounts);
        Map<String, ModelDecisionCounts> decisions = counts.stream()
                .collect(Collectors.toMap(ModelDecisionCounts::modelId, Function.identity()));
        Map<String, DayCurve> curves = index.map(CurveIndex::curves).orElse(null);
        List<ModelReport> models = new ArrayList<>();
        for (String modelId : battle.modelIds()) {
            DayCurve curve = curves != null ? curves.get(modelId)
                    : DayCurve.of(EquityCurve.of(battle.snapshots(modelId, TimeRange.ALL)));
            if (curve == null || curve.isEmpty()) {
                continue;
            }
            double capital = InitialCapital.resolve(initialCapital, standings.get(modelId), curve.first());
            ModelDecisionCounts c = decisions.get(modelId);
            models.add(new ModelReport(CurveMetrics.of(curve, capital),
                    TradeStats.of(trades.getOrDefault(modelId, List.of())),
                    c == null ? 0 : c.decisions(), c == null ? 0 : c.executedDecisions()));
        }
        List<RankingEntry> entries = models.stream()
                .map(m -> new RankingEntry(m.modelId(), m.curve().totalReturnPct(), m.curve().sharpeRatio(),
                        m.curve().maxDrawdownPct()))
                .toList();
        return new BattleReport(models, Rankings.rank(entries));
    }
}
