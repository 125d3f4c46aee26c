package com.battlescope.service;

import com.battlescope.analytics.CurveMetrics;
import com.battlescope.analytics.TradeStats;

/** Everything the report says about one model: curve figures, trade figures (from trade_log) and decision counts. */
public record ModelReport(CurveMetrics curve, TradeStats trades, long decisions, long executedDecisions) {

    public String modelId() {
        return curve.modelId();
    }
}
