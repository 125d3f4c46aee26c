package com.battlescope.service.view;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The best and the worst of the models shown on the equity chart, by return since their first point in the
 * range (fair when models started with different capital). Both are null when no model has snapshots.
 */
public record EquitySummary(Extreme highest, Extreme lowest) {
    public static final EquitySummary NONE = new EquitySummary(null, null);

    /** A model's last point in the range and its return since its first point there. */
    public record Extreme(String modelId, double finalEquity, double returnPct, Stamp at) {
        String text() {
            return String.format(Locale.US, "%s $%,.2f (%+.2f %%)", modelId, finalEquity, returnPct);
        }
    }

    /** Ties keep the first model in the map's order. */
    public static EquitySummary of(Map<String, EquityCurve> curves) {
        Map<String, CurveEnds> ends = new LinkedHashMap<>();
        curves.forEach((model, curve) -> {
            if (!curve.isEmpty()) {
                ends.put(model, CurveEnds.of(curve));
            }
        });
        return ofEnds(ends);
    }

    /** As {@link #of(Map)} from each curve's first and last snapshot. */
    public static EquitySummary ofEnds(Map<String, CurveEnds> ends) {
        Extreme high = null;
        Extreme low = null;
        for (Map.Entry<String, CurveEnds> e : ends.entrySet()) {
            HourlySnapshot first = e.getValue().first();
            HourlySnapshot last = e.getValue().last();
            Extreme x = new Extreme(e.getKey(), last.equity(), (last.equity() / first.equity() - 1) * 100,
                    last.timestamp());
            if (high == null || x.returnPct() > high.returnPct()) {
                high = x;
            }
            if (low == null || x.returnPct() < low.returnPct()) {
                low = x;
            }
        }
        return new EquitySummary(high, low);
    }

    public boolean isEmpty() {
        return highest == null;
    }

    /** e.g. {@code Highest: gpt-4o $100,324.28 (+0.32 %)   Lowest: claude $99,627.08 (-0.37 %)}. */
    public String text() {
        return isEmpty() ? "No snapshots in the range"
                : "Highest: " + highest.text() + "   Lowest: " + lowest.text();
    }
}
