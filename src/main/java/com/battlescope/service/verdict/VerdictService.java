package com.battlescope.service.verdict;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.analytics.verdict.HourlySeries;
import com.battlescope.analytics.verdict.StationaryBootstrap;
import com.battlescope.analytics.verdict.Verdict;
import com.battlescope.analytics.verdict.VerdictOptions;
import com.battlescope.analytics.verdict.VerdictResult;
import com.battlescope.service.Battle;
import com.battlescope.service.RangeCurves;
import com.battlescope.service.TimeRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The verdict of a battle folder over a range and a pick of models, shared by the Verdict view and `verdict`. */
public final class VerdictService {

    /**
     * @param models the models to judge, or null/empty for every model with snapshots in the range
     * @throws IllegalArgumentException naming the folder when a picked model is unknown or nothing is left
     */
    public VerdictResult verdict(Battle battle, TimeRange range, Collection<String> models, VerdictOptions options,
                                 StationaryBootstrap.Control control) {
        RangeCurves rc = RangeCurves.read(battle, range);
        Map<String, EquityCurve> curves = pick(battle, rc.curves(), models);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException(battle.path() + ": no snapshots"
                    + (range.from() == null && range.to() == null ? "" : " in the range") + " to judge");
        }
        return Verdict.of(curves, rc.capitals(), options, control);
    }

    /** Two models' equities over the clock hours both have a snapshot in (the verdict's pairing). */
    public CommonEquity commonEquity(Battle battle, TimeRange range, String modelA, String modelB) {
        Map<String, EquityCurve> curves = RangeCurves.read(battle, range).curves();
        EquityCurve a = curves.get(modelA);
        EquityCurve b = curves.get(modelB);
        if (a == null || b == null) {
            throw new IllegalArgumentException(battle.path() + ": no snapshots of " + (a == null ? modelA : modelB));
        }
        HourlySeries.CommonHours common = HourlySeries.common(List.of(HourlySeries.of(a), HourlySeries.of(b)));
        return new CommonEquity(modelA, modelB, common.hours(), common.equities()[0], common.equities()[1]);
    }

    private static Map<String, EquityCurve> pick(Battle battle, Map<String, EquityCurve> all, Collection<String> models) {
        if (models == null || models.isEmpty()) {
            return all;
        }
        Map<String, EquityCurve> picked = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (String m : models) {
            EquityCurve c = all.get(m);
            if (c == null) {
                unknown.add(m);
            } else {
                picked.put(m, c);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(battle.path() + ": no snapshots of model(s) " + String.join(", ", unknown)
                    + " (models: " + String.join(", ", all.keySet()) + ")");
        }
        return picked;
    }

    /**
     * Two models on their common clock hours.
     *
     * @param hours epoch seconds / 3600 of each common hour (UTC, or as written without an offset)
     */
    public record CommonEquity(String modelA, String modelB, long[] hours, double[] equityA, double[] equityB) {
    }
}
