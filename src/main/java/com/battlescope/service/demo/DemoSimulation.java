package com.battlescope.service.demo;

import com.battlescope.analytics.Metrics;
import com.battlescope.analytics.RankedModel;
import com.battlescope.analytics.RankingEntry;
import com.battlescope.analytics.Rankings;
import com.battlescope.model.Decision;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.model.Trade;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The battle, one hour at a time: every model decides on every symbol a few times an hour (in time order, all
 * seeing the same prices), opens and closes positions, and is snapshotted at the end of the hour. At the end
 * of each battle day come the summaries and a leaderboard snapshot for each timeframe.
 */
final class DemoSimulation {
    private static final long MICROS_PER_MINUTE = 60_000_000L;
    private static final int TRADER_BITS = 12;
    private static final int SYMBOL_BITS = 8;

    private final List<Trader> traders;
    private final List<PeriodBook> periods;
    private final List<StandingBook> standings;
    private final Market market;
    private final DemoClock clock;
    private final DemoSink sink;
    private final Rng rng;
    private final Reasoning reasoning;
    private final double decisionsPerHour;
    private final boolean[][] closedThisHour;
    private final double[] closes;
    private Stamp lastSnapshot;

    DemoSimulation(List<Trader> traders, List<PeriodBook> periods, List<StandingBook> standings, Market market,
                   DemoClock clock, double decisionsPerHour, DemoSink sink, Rng rng) {
        if (traders.size() >= 1 << TRADER_BITS || market.size() >= 1 << SYMBOL_BITS) {
            throw new IllegalArgumentException("too many models or symbols for one simulation");
        }
        this.traders = traders;
        this.periods = periods;
        this.standings = standings;
        this.market = market;
        this.clock = clock;
        this.decisionsPerHour = decisionsPerHour;
        this.sink = sink;
        this.rng = rng;
        this.reasoning = new Reasoning(rng);
        this.closedThisHour = new boolean[traders.size()][market.size()];
        this.closes = new double[market.size()];
    }

    /** Plays the next battle hour and hands its rows to the sink (the caller ends the hour); returns it. */
    BattleHour runHour() {
        BattleHour hour = clock.next();
        market.advance(hour);
        for (boolean[] row : closedThisHour) {
            Arrays.fill(row, false);
        }
        long span = (hour.minutes() - 5) * MICROS_PER_MINUTE;
        for (long event : decisionEvents(span)) {
            long offset = event >>> (TRADER_BITS + SYMBOL_BITS);
            int t = (int) (event >>> SYMBOL_BITS) & ((1 << TRADER_BITS) - 1);
            int s = (int) event & ((1 << SYMBOL_BITS) - 1);
            decide(hour, traders.get(t), t, s, hour.start().plusNanos(offset * 1000),
                    market.priceAt(s, offset / (double) (hour.minutes() * MICROS_PER_MINUTE)));
        }
        for (int s = 0; s < closes.length; s++) {
            closes[s] = market.close(s);
        }
        for (int t = 0; t < traders.size(); t++) {
            snapshot(hour, t, span);
        }
        market.closeHour();
        if (hour.lastOfDay()) {
            endOfDay(hour);
        }
        return hour;
    }

    /** Decision times of the hour for every model and symbol, sorted; each packed as offset|trader|symbol. */
    private long[] decisionEvents(long span) {
        int whole = (int) decisionsPerHour;
        double extra = decisionsPerHour - whole;
        long[] events = new long[(whole + 1) * traders.size() * market.size()];
        int n = 0;
        for (int t = 0; t < traders.size(); t++) {
            for (int s = 0; s < market.size(); s++) {
                int count = whole + (extra > 0 && rng.chance(extra) ? 1 : 0);
                for (int k = 0; k < count; k++) {
                    long offset = rng.nextLong(1, span);
                    events[n++] = offset << (TRADER_BITS + SYMBOL_BITS) | (long) t << SYMBOL_BITS | s;
                }
            }
        }
        long[] used = Arrays.copyOf(events, n);
        Arrays.sort(used);
        return used;
    }

    private void decide(BattleHour hour, Trader trader, int t, int s, LocalDateTime when, double price) {
        Position pos = trader.positions[s];
        TradingStyle style = trader.style;
        Stamp time = Stamp.of(when);
        if (pos != null) {
            Reasoning.Kind kind = null;
            String exitReason = null;
            double sig = signal(trader, s, price);
            if (pos.stopHit(price)) {
                kind = Reasoning.Kind.CLOSE_STOP;
                exitReason = "stop_loss";
            } else if (pos.targetHit(price)) {
                kind = Reasoning.Kind.CLOSE_TARGET;
                exitReason = "take_profit";
            } else if (style.closesAtDayEnd && hour.lastOfDay()) {
                kind = Reasoning.Kind.CLOSE_EOD;
                exitReason = "eod_close";
            } else if (hour.index() - pos.openedHour() >= style.minHoldHours
                    && (pos.isLong() ? sig < -style.threshold * 0.9 : sig > style.threshold * 0.9)) {
                kind = Reasoning.Kind.CLOSE_SIGNAL;
                exitReason = "manual";
            }
            if (kind == null) {
                holdPosition(trader, s, time, price, pos, sig);
            } else {
                close(trader, t, s, time, price, pos, kind, exitReason);
            }
            return;
        }
        double sig = signal(trader, s, price);
        boolean mayOpen = !closedThisHour[t][s] && !(style.closesAtDayEnd && hour.lastOfDay());
        if (mayOpen && sig > style.threshold) {
            open(hour, trader, t, s, time, price, true, sig);
        } else if (mayOpen && style.shorts && sig < -style.threshold) {
            open(hour, trader, t, s, time, price, false, sig);
        } else {
            String text = reasoning.write(Reasoning.Kind.HOLD_FLAT, style, market, s, price, null, 0, 0);
            sink.decision(new Decision(null, trader.id, market.ticker(s), "hold", text,
                    confidence(trader, sig * 0.3), time, price, null, null, null, null, null, false, null,
                    null, null));
        }
    }

    /** The style's signal plus the model's skill at reading the rest of the hour, plus noise. */
    private double signal(Trader trader, int s, double price) {
        double ahead = Math.signum(market.exactClose(s) - price);
        return trader.style.signal(market, s, price) + trader.skill * 0.35 * ahead + 0.5 * rng.gaussian();
    }

    private double confidence(Trader trader, double strength) {
        double c = trader.style.baseConfidence + trader.confidenceBias + 12 * Math.abs(strength)
                + 6 * rng.gaussian();
        return Math.round(Math.max(1, Math.min(99, c)) * 10) / 10.0;
    }

    private void open(BattleHour hour, Trader trader, int t, int s, Stamp time, double price, boolean isLong,
                      double sig) {
        TradingStyle style = trader.style;
        double stop = Market.cents(price * (isLong ? 1 - style.stopPct : 1 + style.stopPct));
        double take = Market.cents(price * (isLong ? 1 + style.takePct : 1 - style.takePct));
        double budget = trader.lastEquity * Math.min(0.25, 0.9 / market.size()) * trader.boldness;
        int shares = (int) (budget / price);
        double fill = Market.cents(price * (1 + 0.0002 * rng.gaussian()));
        Stamp executed = Stamp.of(time.local().plusNanos(rng.nextLong(300_000, 15_000_000) * 1000));
        String status;
        if (shares < 1 || shares * fill > trader.cash || rng.chance(0.025)) {
            status = "rejected";
        } else if (rng.chance(0.005)) {
            status = "cancelled";
        } else {
            status = "filled";
        }
        Reasoning.Kind kind = isLong ? Reasoning.Kind.OPEN_LONG : Reasoning.Kind.OPEN_SHORT;
        String text = reasoning.write(kind, style, market, s, price, null, stop, take);
        boolean filled = status.equals("filled");
        sink.decision(new Decision(null, trader.id, market.ticker(s), isLong ? "buy" : "sell", text,
                confidence(trader, sig), time, price, Market.cents(Math.max(shares, 0) * price), price, stop, take,
                isLong ? "long" : "short", filled, filled ? fill : null, filled ? executed : null, status));
        if (filled) {
            trader.cash -= shares * fill;
            trader.positions[s] = new Position(isLong, shares, fill, executed, stop, take, hour.index());
            periods.get(t).opened(executed.date());
        }
    }

    private void holdPosition(Trader trader, int s, Stamp time, double price, Position pos, double sig) {
        String text = reasoning.write(Reasoning.Kind.HOLD_POSITION, trader.style, market, s, price, pos, 0, 0);
        sink.decision(new Decision(null, trader.id, market.ticker(s), "hold", text, confidence(trader, sig * 0.5),
                time, price, Market.cents(pos.value(price)), pos.entryPrice(), pos.stop(), pos.take(),
                pos.direction(), false, null, null, null));
    }

    private void close(Trader trader, int t, int s, Stamp time, double price, Position pos, Reasoning.Kind kind,
                       String exitReason) {
        double fill = Market.cents(price * (1 + 0.0002 * rng.gaussian()));
        Stamp executed = Stamp.of(time.local().plusNanos(rng.nextLong(300_000, 15_000_000) * 1000));
        String text = reasoning.write(kind, trader.style, market, s, price, pos, 0, 0);
        double strength = kind == Reasoning.Kind.CLOSE_SIGNAL ? 1 : 2.2;
        sink.decision(new Decision(null, trader.id, market.ticker(s), "close", text, confidence(trader, strength),
                time, price, Market.cents(pos.value(price)), pos.entryPrice(), pos.stop(), pos.take(),
                pos.direction(), true, fill, executed, "filled"));
        double pnl = Market.cents(pos.pnl(fill));
        trader.cash += pos.value(fill);
        trader.positions[s] = null;
        closedThisHour[t][s] = true;
        sink.trade(new Trade(null, trader.id, market.ticker(s), pos.direction(), pos.entryPrice(), pos.entryTime(),
                pos.shares(), fill, executed, exitReason, pnl,
                Math.round(pnl / (pos.shares() * pos.entryPrice()) * 100 * 10_000) / 10_000.0,
                trader.style.strategy, executed));
        periods.get(t).closed(executed.date(), pnl);
        standings.get(t).trade(executed.local(), pnl);
    }

    private void snapshot(BattleHour hour, int t, long span) {
        Trader trader = traders.get(t);
        long offset = span + rng.nextLong(1, 4 * MICROS_PER_MINUTE);
        Stamp time = Stamp.of(hour.start().plusNanos(offset * 1000));
        double cash = Market.cents(trader.cash);
        double positions = Market.cents(trader.positionsValue(closes));
        HourlySnapshot snap = new HourlySnapshot(null, trader.id, time, Market.cents(cash + positions), cash,
                positions, trader.openPositions());
        sink.snapshot(snap);
        trader.lastEquity = snap.equity();
        periods.get(t).snapshot(hour.date(), snap.equity());
        standings.get(t).snapshot(snap);
        if (lastSnapshot == null || time.compareTo(lastSnapshot) > 0) {
            lastSnapshot = time;
        }
    }

    private void endOfDay(BattleHour hour) {
        for (PeriodBook book : periods) {
            if (book.hasDay()) {
                sink.daily(book.daily());
                sink.weekly(book.weekly());
                sink.monthly(book.monthly());
            }
        }
        Stamp time = Stamp.of(lastSnapshot.local().plusNanos(rng.nextLong(5_000_000, 50_000_000) * 1000));
        for (Timeframe tf : Timeframe.values()) {
            List<RankingEntry> entries = new ArrayList<>();
            List<StandingBook.Figures> figures = new ArrayList<>();
            for (StandingBook book : standings) {
                StandingBook.Figures f = book.figures(tf);
                figures.add(f);
                entries.add(book.entry(f));
            }
            for (RankedModel ranked : Rankings.rank(entries)) {
                int t = indexOf(ranked.modelId());
                sink.leaderboard(standings.get(t).leaderboardRow(tf, figures.get(t), ranked.rank(), time,
                        traders.get(t).openPositions(), exposurePct(traders.get(t))));
            }
        }
    }

    /** Upserts every model's current standing, stamped with the latest snapshot time. */
    void writeStandings() {
        for (int t = 0; t < traders.size(); t++) {
            if (standings.get(t).hasSnapshots()) {
                sink.standing(standings.get(t).standing(lastSnapshot, traders.get(t).openPositions(),
                        exposurePct(traders.get(t))));
            }
        }
    }

    private double exposurePct(Trader trader) {
        double gross = 0;
        for (int s = 0; s < trader.positions.length; s++) {
            Position p = trader.positions[s];
            if (p != null) {
                gross += p.shares() * closes[s];
            }
        }
        return Metrics.exposurePct(gross, trader.equity(closes));
    }

    private int indexOf(String modelId) {
        for (int t = 0; t < traders.size(); t++) {
            if (traders.get(t).id.equals(modelId)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown model " + modelId);
    }

    Stamp lastSnapshot() {
        return lastSnapshot;
    }
}
