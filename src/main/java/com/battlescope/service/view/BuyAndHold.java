package com.battlescope.service.view;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An equal-weight buy-and-hold benchmark over the prices the models saw ({@code current_price} of the decision
 * log). The capital is split equally over every symbol that has a price; a symbol's share is bought at the
 * first evaluation time at which its price is known and held as cash until then. Keeps one price series per
 * symbol, never the decisions.
 */
final class BuyAndHold {
    private final Map<String, PriceSeries> prices = new TreeMap<>();

    /** Takes the decision's price, if it has one. */
    void add(Decision d) {
        Double p = d.currentPrice();
        if (p != null && p > 0 && Double.isFinite(p) && d.symbol() != null) {
            prices.computeIfAbsent(d.symbol(), s -> new PriceSeries()).add(SnapshotHours.micros(d.timestamp()), p);
        }
    }

    int symbolCount() {
        return prices.size();
    }

    /** The benchmark's value at each time (ascending); the price used is the last one at or before the time. */
    double[] values(double capital, List<Stamp> times) {
        double[] out = new double[times.size()];
        if (prices.isEmpty()) {
            Arrays.fill(out, capital);
            return out;
        }
        long[] at = times.stream().mapToLong(SnapshotHours::micros).toArray();
        double slice = capital / prices.size();
        for (PriceSeries series : prices.values()) {
            series.sort();
            int j = -1;
            double shares = Double.NaN;
            for (int k = 0; k < at.length; k++) {
                while (j + 1 < series.size && series.times[j + 1] <= at[k]) {
                    j++;
                }
                if (j < 0) {
                    out[k] += slice;
                    continue;
                }
                if (Double.isNaN(shares)) {
                    shares = slice / series.prices[j];
                }
                out[k] += shares * series.prices[j];
            }
        }
        return out;
    }

    /** A growable (time, price) series; the log arrives ordered by text, which may differ from time order. */
    private static final class PriceSeries {
        long[] times = new long[64];
        double[] prices = new double[64];
        int size;
        boolean sorted = true;

        void add(long time, double price) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                prices = Arrays.copyOf(prices, size * 2);
            }
            if (size > 0 && time < times[size - 1]) {
                sorted = false;
            }
            times[size] = time;
            prices[size] = price;
            size++;
        }

        void sort() {
            if (sorted) {
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
            long[] t = new long[size];
            double[] p = new double[size];
            for (int i = 0; i < size; i++) {
                t[i] = times[order[i]];
                p[i] = prices[order[i]];
            }
            times = t;
            prices = p;
            sorted = true;
        }
    }
}
