package com.battlescope.service.demo;

import com.battlescope.model.Stamp;

/** An open position of a demo model in one symbol. {@code openedHour} is the battle hour index it opened in. */
record Position(boolean isLong, int shares, double entryPrice, Stamp entryTime, double stop, double take,
                long openedHour) {

    String direction() {
        return isLong ? "long" : "short";
    }

    /**
     * What the position adds to equity at a price: a long is worth its shares, a short its collateral
     * (shares x entry, reserved when opened) plus its gain. So equity = cash + the sum of these values.
     */
    double value(double price) {
        return isLong ? shares * price : Math.max(0, shares * (2 * entryPrice - price));
    }

    double pnl(double price) {
        return shares * (isLong ? price - entryPrice : entryPrice - price);
    }

    boolean stopHit(double price) {
        return isLong ? price <= stop : price >= stop;
    }

    boolean targetHit(double price) {
        return isLong ? price >= take : price <= take;
    }
}
