package com.battlescope.service.demo;

import com.battlescope.data.DataAccessException;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.DecisionType;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The simulation of an existing battle, picked up where its rows end: models from the snapshots, symbols and
 * last prices from the decisions, open positions from the latest filled decisions, cash so that equity
 * continues exactly, and the standing and period figures replayed from the stored snapshots and trades.
 */
final class ResumedBattle {
    private static final int POSITION_LOOKBACK_DAYS = 60;
    private static final int PAGE = 2_000;

    private ResumedBattle() {
    }

    static DemoSimulation resume(Battle battle, long seed, double decisionsPerHour, DemoSink sink) {
        Map<String, List<HourlySnapshot>> curves = battle.curves(TimeRange.ALL);
        if (curves.isEmpty()) {
            throw new DataAccessException(battle.path(), "no hourly snapshots to continue from");
        }
        Stamp last = battle.latestSnapshotTime();
        List<String> tickers = battle.symbols().isEmpty()
                ? DemoNames.SYMBOLS.subList(0, 4).stream().map(DemoNames.SymbolInfo::ticker).toList()
                : battle.symbols();
        List<DemoNames.SymbolInfo> symbols = tickers.stream().map(DemoNames::symbol).toList();
        double[] prices = lastPrices(battle, tickers, last);
        Map<String, Standing> standings = battle.standings().stream()
                .collect(Collectors.toMap(Standing::modelId, Function.identity(), (a, b) -> a));
        Map<String, List<Trade>> trades = battle.trades(null, TimeRange.ALL).stream()
                .collect(Collectors.groupingBy(Trade::modelId));
        Map<String, Position[]> positions = openPositions(battle, tickers, last);
        DemoHours hours = inferHours(curves.values().iterator().next());

        List<Trader> traders = new ArrayList<>();
        List<PeriodBook> periods = new ArrayList<>();
        List<StandingBook> books = new ArrayList<>();
        List<String> models = new ArrayList<>(curves.keySet());
        for (int i = 0; i < models.size(); i++) {
            String id = models.get(i);
            List<HourlySnapshot> curve = curves.get(id);
            Standing st = standings.get(id);
            double capital = st != null ? st.currentEquity() - st.totalReturnDollars() : curve.get(0).equity();
            int index = DemoNames.modelIndex(id);
            Trader trader = new Trader(id, index >= 0 ? index : i, seed, tickers.size(), capital);
            Position[] open = positions.getOrDefault(id, new Position[tickers.size()]);
            System.arraycopy(open, 0, trader.positions, 0, open.length);
            HourlySnapshot latest = curve.get(curve.size() - 1);
            trader.cash = Math.max(0, latest.equity() - trader.positionsValue(prices));
            trader.lastEquity = latest.equity();
            traders.add(trader);
            List<Trade> own = trades.getOrDefault(id, List.of());
            books.add(standingBook(id, capital, curve, own));
            periods.add(periodBook(id, capital, curve, own));
        }
        Rng rng = new Rng(seed ^ last.local().toEpochSecond(ZoneOffset.UTC));
        Market market = new Market(symbols, prices, hours, rng.split());
        return new DemoSimulation(traders, periods, books, market, DemoClock.after(hours, last.local()),
                decisionsPerHour, sink, rng.split());
    }

    private static double[] lastPrices(Battle battle, List<String> tickers, Stamp last) {
        double[] prices = new double[tickers.size()];
        TimeRange lastWeek = new TimeRange(Stamp.of(last.local().minusDays(7)), null);
        for (int s = 0; s < tickers.size(); s++) {
            prices[s] = DemoNames.symbol(tickers.get(s)).price();
            List<Decision> oldestFirst = battle.decisionsBySymbol(tickers.get(s), lastWeek);
            for (int i = oldestFirst.size() - 1; i >= 0; i--) {
                Double p = oldestFirst.get(i).currentPrice();
                if (p != null && p > 0) {
                    prices[s] = p;
                    break;
                }
            }
        }
        return prices;
    }

    /** Per model, the positions whose latest filled decision in the look-back opened them. */
    private static Map<String, Position[]> openPositions(Battle battle, List<String> tickers, Stamp last) {
        DecisionFilter filter = new DecisionFilter(null, null, null, true, null,
                Stamp.format(last.local().minusDays(POSITION_LOOKBACK_DAYS)), null);
        Map<String, Decision> latest = new HashMap<>();
        List<Decision> page = battle.decisionPage(filter, null, PAGE);
        while (!page.isEmpty()) {
            for (Decision d : page) {
                if (d.isFilled()) {
                    latest.putIfAbsent(d.modelId() + '\u0000' + d.symbol(), d);
                }
            }
            page = page.size() < PAGE ? List.of() : battle.decisionPage(filter, page.get(page.size() - 1), PAGE);
        }
        Map<String, Position[]> result = new HashMap<>();
        for (Decision d : latest.values()) {
            int s = tickers.indexOf(d.symbol());
            DecisionType type = d.type();
            if (s < 0 || (type != DecisionType.BUY && type != DecisionType.SELL)) {
                continue;
            }
            double entry = d.executionPrice() != null ? d.executionPrice()
                    : d.currentPrice() != null ? d.currentPrice() : 0;
            if (entry <= 0) {
                continue;
            }
            boolean isLong = d.direction() != null ? "long".equalsIgnoreCase(d.direction()) : type == DecisionType.BUY;
            double priceForSize = d.currentPrice() != null && d.currentPrice() > 0 ? d.currentPrice() : entry;
            int shares = d.positionSize() == null ? 1 : (int) Math.max(1, Math.round(d.positionSize() / priceForSize));
            double stop = d.stopLoss() != null ? d.stopLoss() : Market.cents(entry * (isLong ? 0.97 : 1.03));
            double take = d.takeProfit() != null ? d.takeProfit() : Market.cents(entry * (isLong ? 1.06 : 0.94));
            Stamp opened = d.executionTime() != null ? d.executionTime() : d.timestamp();
            result.computeIfAbsent(d.modelId(), k -> new Position[tickers.size()])[s] =
                    new Position(isLong, shares, entry, opened, stop, take, Long.MIN_VALUE / 2);
        }
        return result;
    }

    /** Market hours when every snapshot lies on a weekday between 9:00 and 17:00, else around the clock. */
    static DemoHours inferHours(List<HourlySnapshot> curve) {
        for (HourlySnapshot s : curve) {
            DayOfWeek day = s.timestamp().date().getDayOfWeek();
            int hour = s.timestamp().time().getHour();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || hour < 9 || hour > 16) {
                return DemoHours.ALL_DAY;
            }
        }
        return DemoHours.MARKET;
    }

    private static StandingBook standingBook(String id, double capital, List<HourlySnapshot> curve, List<Trade> trades) {
        StandingBook book = new StandingBook(id, capital);
        curve.forEach(book::snapshot);
        trades.stream().sorted(Comparator.comparing(Trade::exitTime))
                .forEach(t -> book.trade(t.exitTime().local(), t.realizedPnl()));
        return book;
    }

    /**
     * Snapshots and closed trades in time order, so that each lands in its own day, week and month. Trades
     * opened earlier in the current day are not replayed (their opening is not stored as such).
     */
    private static PeriodBook periodBook(String id, double capital, List<HourlySnapshot> curve, List<Trade> trades) {
        PeriodBook book = new PeriodBook(id, capital);
        List<Trade> byExit = trades.stream().sorted(Comparator.comparing(Trade::exitTime)).toList();
        int t = 0;
        for (HourlySnapshot s : curve) {
            while (t < byExit.size() && byExit.get(t).exitTime().compareTo(s.timestamp()) <= 0) {
                Trade trade = byExit.get(t++);
                book.closed(trade.exitTime().date(), trade.realizedPnl());
            }
            book.snapshot(s.timestamp().date(), s.equity());
        }
        return book;
    }
}
