package com.battlescope.analytics.quality;

import com.battlescope.model.Trade;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where a model's P&L came from: its closed trades grouped by symbol, by side, by hour of day and weekday of the
 * entry (UTC when the time has an offset, else as written), by outcome (winners against losers, with their
 * holding times) and by return bucket.
 */
public final class PnlSources {
    /** The return buckets' upper bounds in % (the last bucket is open). */
    static final double[] BUCKETS = {-5, -2, 0, 2, 5};

    private PnlSources() {
    }

    /**
     * @param dimension       symbol, side, hour, weekday, outcome or return
     * @param key             the group within the dimension (e.g. "AAPL", "long", "14", "Mon", "winners", "0 to 2 %")
     * @param pnl             the sum of realized P&L in $
     * @param meanReturnPct   the mean realized P&L % of the trades
     * @param meanHoldingHours the mean time from entry to exit, in hours
     */
    public record Row(String modelId, String dimension, String key, int trades, int winners, double pnl,
                      double meanReturnPct, double meanHoldingHours) {
    }

    public static List<Row> of(List<Trade> trades) {
        Map<String, List<Trade>> byModel = new TreeMap<>();
        trades.forEach(t -> byModel.computeIfAbsent(t.modelId(), k -> new ArrayList<>()).add(t));
        List<Row> out = new ArrayList<>();
        byModel.forEach((model, mine) -> {
            out.addAll(group(model, "symbol", mine, Trade::symbol, Comparator.naturalOrder()));
            out.addAll(group(model, "side", mine, t -> t.isLong() ? "long" : "short", Comparator.naturalOrder()));
            out.addAll(group(model, "hour", mine, t -> String.format(Locale.US, "%02d", entry(t).getHour()),
                    Comparator.naturalOrder()));
            out.addAll(group(model, "weekday", mine, t -> entry(t).getDayOfWeek().getValue() + " "
                    + entry(t).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US), Comparator.naturalOrder()));
            out.addAll(group(model, "outcome", mine, t -> t.isWinner() ? "winners" : t.isLoser() ? "losers" : "flat",
                    Comparator.reverseOrder()));
            out.addAll(group(model, "return", mine, PnlSources::bucket,
                    Comparator.comparingInt(PnlSources::bucketIndex)));
        });
        return out;
    }

    private static List<Row> group(String model, String dimension, List<Trade> trades, Function<Trade, String> key,
                                   Comparator<String> order) {
        Map<String, List<Trade>> groups = new TreeMap<>(order);
        trades.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Row> out = new ArrayList<>();
        groups.forEach((k, g) -> {
            double pnl = 0;
            double pct = 0;
            double hours = 0;
            int winners = 0;
            for (Trade t : g) {
                pnl += t.realizedPnl();
                pct += t.realizedPnlPct();
                hours += (t.exitTime().epochMicros() - t.entryTime().epochMicros()) / 3.6e9;
                winners += t.isWinner() ? 1 : 0;
            }
            out.add(new Row(model, dimension, k, g.size(), winners, pnl, pct / g.size(), hours / g.size()));
        });
        return out;
    }

    /** The entry time as an instant in UTC (as written when it has no offset). */
    private static LocalDateTime entry(Trade t) {
        long micros = t.entryTime().epochMicros();
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    /** The return buckets' names from the lowest up (the keys of the "return" rows). */
    public static List<String> returnBuckets() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= BUCKETS.length; i++) {
            out.add(bucketLabel(i));
        }
        return out;
    }

    static String bucket(Trade t) {
        return bucketLabel(bucketIndex(t));
    }

    private static int bucketIndex(Trade t) {
        int i = 0;
        while (i < BUCKETS.length && t.realizedPnlPct() >= BUCKETS[i]) {
            i++;
        }
        return i;
    }

    private static int bucketIndex(String label) {
        for (int i = 0; i <= BUCKETS.length; i++) {
            if (label.equals(bucketLabel(i))) {
                return i;
            }
        }
        return BUCKETS.length + 1;
    }

    private static String bucketLabel(int i) {
        if (i == 0) {
            return String.format(Locale.US, "below %s%%", fmt(BUCKETS[0]));
        }
        if (i == BUCKETS.length) {
            return String.format(Locale.US, "%s%% and above", fmt(BUCKETS[BUCKETS.length - 1]));
        }
        return String.format(Locale.US, "%s%% to %s%%", fmt(BUCKETS[i - 1]), fmt(BUCKETS[i]));
    }

    private static String fmt(double v) {
        return String.format(Locale.US, "%.0f", v);
    }
}
