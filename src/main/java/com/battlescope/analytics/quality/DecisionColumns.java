package com.battlescope.analytics.quality;

import com.battlescope.model.DecisionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions without their reasoning, one primitive array per column (millions fit in little memory). Rows are
 * added in id order; a row's index stands for its id wherever ties are broken. Missing numbers are NaN.
 */
public final class DecisionColumns {
    static final byte BUY = 1;
    static final byte SELL = 2;
    static final byte HOLD = 3;
    static final byte OTHER = 0;
    static final int NO_OFFSET = Integer.MIN_VALUE;

    private final List<String> models = new ArrayList<>();
    private final Map<String, Integer> modelIndex = new HashMap<>();
    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIndex = new HashMap<>();
    int size;
    long[] ids;
    long[] micros;
    int[] offsetSeconds;
    double[] price;
    double[] confidence;
    double[] entry;
    double[] stop;
    double[] target;
    int[] model;
    int[] symbol;
    byte[] kind;
    boolean[] executed;
    boolean[] inRange;

    /** @param capacity expected rows (grows when exceeded) */
    public DecisionColumns(int capacity) {
        int c = Math.max(16, capacity);
        ids = new long[c];
        micros = new long[c];
        offsetSeconds = new int[c];
        price = new double[c];
        confidence = new double[c];
        entry = new double[c];
        stop = new double[c];
        target = new double[c];
        model = new int[c];
        symbol = new int[c];
        kind = new byte[c];
        executed = new boolean[c];
        inRange = new boolean[c];
    }

    /** Names the model and symbol indices of {@link #add(long, int, int, DecisionType, boolean, long, double, double)}. */
    public DecisionColumns(List<String> models, List<String> symbols, int capacity) {
        this(capacity);
        models.forEach(this::modelIndex);
        symbols.forEach(this::symbolIndex);
    }

    /**
     * Adds a decision by its model's and symbol's indices (ids ascending), judged unless {@link #judgeOnly} says
     * otherwise; its plan levels are NaN until {@link #setPlan}.
     *
     * @param utcMicros its time in microseconds since 1970, converted to UTC when written with an offset
     */
    public void add(long id, int modelIndex, int symbolIndex, DecisionType type, boolean executed, long utcMicros,
                    double confidence, double currentPrice) {
        if (size == micros.length) {
            grow();
        }
        int i = size++;
        ids[i] = id;
        model[i] = modelIndex;
        symbol[i] = symbolIndex;
        kind[i] = switch (type) {
            case BUY -> BUY;
            case SELL -> SELL;
            case HOLD -> HOLD;
            default -> OTHER;
        };
        this.executed[i] = executed;
        micros[i] = utcMicros;
        offsetSeconds[i] = NO_OFFSET;
        this.confidence[i] = confidence;
        price[i] = currentPrice;
        entry[i] = Double.NaN;
        stop[i] = Double.NaN;
        target[i] = Double.NaN;
        inRange[i] = true;
    }

    /** Adds a decision by names, with its plan (tests and small callers). */
    public void add(String modelId, String symbolName, String decision, double confidence, long utcMicros,
                    Integer offsetSeconds, double currentPrice, double entryPrice, double stopLoss,
                    double takeProfit, boolean executed, boolean inRange) {
        add(size == 0 ? 1 : ids[size - 1] + 1, modelIndex(modelId), symbolIndex(symbolName),
                DecisionType.fromText(decision), executed, utcMicros, confidence, currentPrice);
        int i = size - 1;
        setTime(i, utcMicros, offsetSeconds);
        setPlan(i, entryPrice, stopLoss, takeProfit);
        this.inRange[i] = inRange;
    }

    /** The row of a decision id, or -1. */
    public int rowOf(long id) {
        int r = Arrays.binarySearch(ids, 0, size, id);
        return r < 0 ? -1 : r;
    }

    /** @param offsetSeconds the UTC offset the time was written with, or null */
    public void setTime(int row, long utcMicros, Integer offsetSeconds) {
        micros[row] = utcMicros;
        this.offsetSeconds[row] = offsetSeconds == null ? NO_OFFSET : offsetSeconds;
    }

    public void setPlan(int row, double entryPrice, double stopLoss, double takeProfit) {
        entry[row] = entryPrice;
        stop[row] = stopLoss;
        target[row] = takeProfit;
    }

    /**
     * Judges only the rows whose wall-clock time as written lies within [fromMicros, toMicros] (microseconds since
     * 1970 of the written time read as UTC; the others still make the price paths).
     */
    public void judgeOnly(long fromMicros, long toMicros) {
        for (int i = 0; i < size; i++) {
            long written = micros[i] + (offsetSeconds[i] == NO_OFFSET ? 0 : offsetSeconds[i] * 1_000_000L);
            inRange[i] = written >= fromMicros && written <= toMicros;
        }
    }

    private int modelIndex(String modelId) {
        return modelIndex.computeIfAbsent(modelId, m -> {
            models.add(m);
            return models.size() - 1;
        });
    }

    private int symbolIndex(String name) {
        return symbolIndex.computeIfAbsent(name, s -> {
            symbols.add(s);
            return symbols.size() - 1;
        });
    }

    public int size() {
        return size;
    }

    /** Model ids in order of first appearance (index = the model column's value). */
    public List<String> models() {
        return List.copyOf(models);
    }

    public List<String> symbols() {
        return List.copyOf(symbols);
    }

    /** +1 for buy, -1 for sell, 0 otherwise. */
    int side(int i) {
        return kind[i] == BUY ? 1 : kind[i] == SELL ? -1 : 0;
    }

    private void grow() {
        int c = micros.length + (micros.length >> 1) + 16;
        ids = Arrays.copyOf(ids, c);
        micros = Arrays.copyOf(micros, c);
        offsetSeconds = Arrays.copyOf(offsetSeconds, c);
        price = Arrays.copyOf(price, c);
        confidence = Arrays.copyOf(confidence, c);
        entry = Arrays.copyOf(entry, c);
        stop = Arrays.copyOf(stop, c);
        target = Arrays.copyOf(target, c);
        model = Arrays.copyOf(model, c);
        symbol = Arrays.copyOf(symbol, c);
        kind = Arrays.copyOf(kind, c);
        executed = Arrays.copyOf(executed, c);
        inRange = Arrays.copyOf(inRange, c);
    }

    /**
     * Row indices grouped by symbol (in symbol index order) and time-ordered within each symbol, ties by row;
     * {@code starts[s]..starts[s+1]} is symbol s's part.
     */
    SymbolOrder symbolOrder() {
        int nSymbols = symbols.size();
        int[] starts = new int[nSymbols + 1];
        for (int i = 0; i < size; i++) {
            starts[symbol[i] + 1]++;
        }
        for (int s = 0; s < nSymbols; s++) {
            starts[s + 1] += starts[s];
        }
        int[] next = Arrays.copyOf(starts, nSymbols);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[next[symbol[i]]++] = i;
        }
        int[] buffer = new int[size];
        for (int s = 0; s < nSymbols; s++) {
            mergeSort(order, buffer, starts[s], starts[s + 1]);
        }
        return new SymbolOrder(order, starts);
    }

    record SymbolOrder(int[] order, int[] starts) {
    }

    /** Stable merge sort of {@code a[from, to)} by time; nearly sorted input (a log in id order) costs ~n. */
    private void mergeSort(int[] a, int[] buf, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buf, from, mid);
        mergeSort(a, buf, mid, to);
        if (micros[a[mid - 1]] <= micros[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, buf, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && micros[buf[i]] <= micros[buf[j]])) {
                a[k] = buf[i++];
            } else {
                a[k] = buf[j++];
            }
        }
    }
}
