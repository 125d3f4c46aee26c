package com.battlescope.service.view;

import com.battlescope.analytics.EquityCurve;
import com.battlescope.model.HourlySnapshot;

/** The first and the last snapshot of a shown curve: what live mode needs to extend it and its summary. */
public record CurveEnds(HourlySnapshot first, HourlySnapshot last) {
    public static CurveEnds of(EquityCurve curve) {
        return new CurveEnds(curve.first(), curve.last());
    }

    public CurveEnds through(HourlySnapshot newLast) {
        return new CurveEnds(first, newLast);
    }
}
