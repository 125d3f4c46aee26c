package com.battlescope.analytics;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionType;
import com.battlescope.model.Stamp;
import com.battlescope.model.Trade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Round-trip trades rebuilt from filled decisions when {@code trade_log} is empty: per model and symbol,
 * a filled buy opens a long, a filled sell a short (a stored direction wins), and a filled close closes
 * the oldest open position (FIFO). Positions still open at the end are not trades.
 */
public final class TradeReconstruction {

    public static final String EXIT_REASON = "manual";
    public static final String STRATEGY = "reconstructed";

    private record Open(Decision decision, String direction, double price, int shares) {
    }

    private TradeReconstruction() {
    }

    public static TradeSet fromDecisions(List<Decision> decisions) {
        List<Decision> filled = decisions.stream().filter(Decision::isFilled)
                .sorted(Comparator.comparing(Decision::timestamp)
                        .thenComparing(Decision::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<String, Deque<Open>> open = new HashMap<>();
        List<Trade> trades = new ArrayList<>();
        for (Decision d : filled) {
            Deque<Open> queue = open.computeIfAbsent(d.modelId() + '\u0000' + d.symbol(), k -> new ArrayDeque<>());
            DecisionType type = d.type();
            if (type == DecisionType.BUY || type == DecisionType.SELL) {
                Double price = firstNonNull(d.executionPrice(), d.entryPrice(), d.currentPrice());
                if (price != null && price > 0) {
                    queue.addLast(new Open(d, direction(d), price, shares(d.positionSize(), price)));
                }
            } else if (type == DecisionType.CLOSE && !queue.isEmpty()) {
                Double exit = firstNonNull(d.executionPrice(), d.currentPrice());
                if (exit != null) {
                    trades.add(close(queue.removeFirst(), d, exit));
                }
            }
        }
        trades.sort(Comparator.comparing(Trade::exitTime));
        return new TradeSet(trades, true);
    }

    private static Trade close(Open o, Decision closing, double exit) {
        boolean isLong = "long".equals(o.direction());
        double pnl = o.shares() * (isLong ? exit - o.price() : o.price() - exit);
        double pnlPct = pnl / (o.shares() * o.price()) * 100;
        return new Trade(null, o.decision().modelId(), o.decision().symbol(), o.direction(), o.price(),
                executedAt(o.decision()), o.shares(), exit, executedAt(closing), EXIT_REASON, pnl, pnlPct,
                STRATEGY, null);
    }

    private static String direction(Decision d) {
        if (d.direction() != null && !d.direction().isBlank()) {
            return d.direction().trim().toLowerCase(java.util.Locale.ROOT);
        }
        return d.type() == DecisionType.BUY ? "long" : "short";
    }

    /** round(position size in dollars / price), at least one share; one share when the size is unknown. */
    static int shares(Double positionSize, double price) {
        if (positionSize == null) {
            return 1;
        }
        return (int) Math.max(1, Math.round(positionSize / price));
    }

    private static Stamp executedAt(Decision d) {
        return d.executionTime() != null ? d.executionTime() : d.timestamp();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
