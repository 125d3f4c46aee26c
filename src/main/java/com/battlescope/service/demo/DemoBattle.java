package com.battlescope.service.demo;

import java.util.ArrayList;
import java.util.List;

/** Builds the simulation of a new demo battle from its options. */
final class DemoBattle {
    private DemoBattle() {
    }

    static DemoSimulation fresh(DemoOptions o, DemoSink sink) {
        Rng rng = new Rng(o.seed());
        List<String> names = DemoNames.models(o.models());
        List<Trader> traders = new ArrayList<>();
        List<PeriodBook> periods = new ArrayList<>();
        List<StandingBook> standings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            traders.add(new Trader(names.get(i), i, o.seed(), o.symbols(), o.initialCapital()));
            periods.add(new PeriodBook(names.get(i), o.initialCapital()));
            standings.add(new StandingBook(names.get(i), o.initialCapital()));
        }
        Market market = new Market(DemoNames.SYMBOLS.subList(0, o.symbols()), null, o.hours(), rng.split());
        return new DemoSimulation(traders, periods, standings, market, new DemoClock(o.hours(), o.start()),
                o.decisionsPerHour(), sink, rng.split());
    }

    /** Battle hours in the options' days. */
    static long hours(DemoOptions o) {
        return (long) DemoClock.tradingDays(o.hours(), o.start(), o.days()) * DemoClock.hoursPerDay(o.hours());
    }
}
