package com.battlescope.analytics;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Standing;

/** The contract's choice of initial capital. */
public final class InitialCapital {

    private InitialCapital() {
    }

    /**
     * The user's override if given, else {@code current_equity - total_return_dollars} of the model's
     * standing if there is one, else the first snapshot's equity.
     */
    public static double resolve(Double override, Standing standing, EquityCurve curve) {
        return resolve(override, standing, curve.isEmpty() ? null : curve.first());
    }

    /** As {@link #resolve(Double, Standing, EquityCurve)} with the curve's first snapshot (null: no snapshots). */
    public static double resolve(Double override, Standing standing, HourlySnapshot firstSnapshot) {
        if (override != null) {
            return override;
        }
        if (standing != null) {
            return standing.currentEquity() - standing.totalReturnDollars();
        }
        if (firstSnapshot == null) {
            throw new IllegalArgumentException("no snapshots and no standing to take the initial capital from");
        }
        return firstSnapshot.equity();
    }
}
