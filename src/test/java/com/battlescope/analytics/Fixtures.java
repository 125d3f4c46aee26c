package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Trade;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Tiny hand-made records for the tests. */
final class Fixtures {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 10, 0);

    private Fixtures() {
    }

    static Stamp at(String text) {
        return Stamp.parse(text);
    }

    static HourlySnapshot snap(String model, LocalDateTime t, double equity) {
        return new HourlySnapshot(null, model, Stamp.of(t), equity, equity, 0, 0);
    }

    /** Snapshots one hour apart starting at T0. */
    static List<HourlySnapshot> hourly(String model, double... equities) {
        List<HourlySnapshot> out = new ArrayList<>();
        for (int i = 0; i < equities.length; i++) {
            out.add(snap(model, T0.plusHours(i), equities[i]));
        }
        return out;
    }

    /** Snapshots one day apart starting at T0. */
    static List<HourlySnapshot> daily(String model, double... equities) {
        List<HourlySnapshot> out = new ArrayList<>();
        for (int i = 0; i < equities.length; i++) {
            out.add(snap(model, T0.plusDays(i), equities[i]));
        }
        return out;
    }

    static EquityCurve hourlyCurve(double... equities) {
        return EquityCurve.of(hourly("m", equities));
    }

    static EquityCurve dailyCurve(double... equities) {
        return EquityCurve.of(daily("m", equities));
    }

    static Trade trade(String direction, double pnl) {
        return trade(direction, 10, 100, pnl, T0, T0.plusHours(1));
    }

    static Trade trade(String direction, int shares, double entry, double pnl, LocalDateTime in, LocalDateTime out) {
        return new Trade(null, "m", "AAPL", direction, entry, Stamp.of(in), shares, entry + pnl / shares,
                Stamp.of(out), "manual", pnl, pnl / (shares * entry) * 100, null, null);
    }

    static Decision decision(long id, String model, String symbol, String decision, Double confidence,
                             String timestamp, Double price) {
        return new Decision(id, model, symbol, decision, "because", confidence, Stamp.parse(timestamp), price,
                null, null, null, null, null, false, null, null, null);
    }

    /** A filled decision with an execution price and a position size in dollars. */
    static Decision filled(long id, String model, String symbol, String decision, String direction,
                           String timestamp, double executionPrice, Double positionSize) {
        return new Decision(id, model, symbol, decision, "because", 70.0, Stamp.parse(timestamp), executionPrice,
                positionSize, null, null, null, direction, true, executionPrice, Stamp.parse(timestamp), "filled");
    }
}
