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
 *
 * <p>About 22 bytes a row: ids as int offsets from the first (long when one is beyond an int), prices and confidences
 * as whole hundredths in an int and a char while they are exactly that ({@link Hundredths}, else doubles), model and
 * symbol indices and the UTC offset's code into a table of the distinct offsets in a byte while they fit
 * ({@link SmallInts}), kind, executed and in-range packed in one byte, and plans (entry, stop, target) only for the
 * rows that have one.
 */
public final class DecisionColumns {
    static final byte BUY = 1;
    static final byte SELL = 2;
    static final byte HOLD = 3;
    static final byte OTHER = 0;
    static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int KIND_BITS = 3;
    private static final int EXECUTED = 4;
    private static final int IN_RANGE = 8;
    private static final int MAX_ROWS = Integer.MAX_VALUE - 16;

    private final List<String> models = new ArrayList<>();
    private final Map<String, Integer> modelIndex = new HashMap<>();
    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> symbolIndex = new HashMap<>();
    int size;
    private boolean hasIdBase;
    private long idBase;
    /** id − idBase while every id fits so; null once {@link #wideIds} holds them. */
    private int[] idOffsets;
    private long[] wideIds;
    long[] micros;
    private final Hundredths price;
    private final Hundredths confidence;
    private final SmallInts model;
    private final SmallInts symbol;
    private byte[] flags;
    /** 0 = written without an offset, else 1 + the offset's index in {@link #offsets}. */
    private final SmallInts offsetCode;
    private final List<Integer> offsets = new ArrayList<>();
    private final Map<Integer, Integer> offsetIndex = new HashMap<>();
    private int plans;
    private int[] planRows = new int[16];
    private double[] planLevels = new double[48];
    private Upper upper;
    private Aside lowerAside;

    /** @param capacity expected rows (grows when exceeded) */
    public DecisionColumns(int capacity) {
        this(List.of(), List.of(), capacity);
    }

    /** Names the model and symbol indices of {@link #add(long, int, int, DecisionType, boolean, long, double, double)}. */
    public DecisionColumns(List<String> models, List<String> symbols, int capacity) {
        int c = Math.max(16, capacity);
        idOffsets = new int[c];
        micros = new long[c];
        price = new Hundredths(c, false);
        confidence = new Hundredths(c, true);
        model = new SmallInts(c, models.size() - 1);
        symbol = new SmallInts(c, symbols.size() - 1);
        flags = new byte[c];
        offsetCode = new SmallInts(c, 0);
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
        if (upper != null && (size == upper.start || id < idBase || id >= upper.fromId)) {
            throw new IllegalStateException("decision " + id + " beyond the room of the ids below " + upper.fromId);
        }
        if (upper != null) {
            requireNamed(id, modelIndex, symbolIndex);
        }
        if (size == micros.length) {
            resize(Math.min(MAX_ROWS, micros.length + (micros.length >> 1) + 16));
        }
        if (!hasIdBase) {
            hasIdBase = true;
            idBase = id;
        }
        put(size++, id, modelIndex, symbolIndex, type, executed, utcMicros, confidence, currentPrice);
    }

    /** Writes row i (every column: a row's room may hold an older row's values). */
    private void put(int i, long id, int modelIndex, int symbolIndex, DecisionType type, boolean executed,
                     long utcMicros, double confidence, double currentPrice) {
        setId(i, id);
        model.set(i, modelIndex);
        symbol.set(i, symbolIndex);
        byte kind = switch (type) {
            case BUY -> BUY;
            case SELL -> SELL;
            case HOLD -> HOLD;
            default -> OTHER;
        };
        flags[i] = (byte) (kind | (executed ? EXECUTED : 0) | IN_RANGE);
        micros[i] = utcMicros;
        offsetCode.set(i, 0);
        if (!this.confidence.trySet(i, confidence) | !price.trySet(i, currentPrice)) {
            if (upper == null) {
                this.confidence.set(i, confidence);
                price.set(i, currentPrice);
            } else {
                (i < upper.start ? lowerAside : upper.aside).keep(i, confidence, currentPrice);
            }
        }
    }

    private void setId(int i, long id) {
        if (idOffsets != null) {
            long offset = id - idBase;
            if (offset == (int) offset && id >= idBase) {
                idOffsets[i] = (int) offset;
                return;
            }
            wideIds = new long[idOffsets.length];
            for (int k = 0; k < idOffsets.length; k++) {
                wideIds[k] = idBase + idOffsets[k];
            }
            idOffsets = null;
        }
        wideIds[i] = id;
    }

    long id(int i) {
        return idOffsets != null ? idBase + idOffsets[i] : wideIds[i];
    }

    /** Adds a decision by names, with its plan (tests and small callers). */
    public void add(String modelId, String symbolName, String decision, double confidence, long utcMicros,
                    Integer offsetSeconds, double currentPrice, double entryPrice, double stopLoss,
                    double takeProfit, boolean executed, boolean inRange) {
        add(size == 0 ? 1 : id(size - 1) + 1, modelIndex(modelId), symbolIndex(symbolName),
                DecisionType.fromText(decision), executed, utcMicros, confidence, currentPrice);
        int i = size - 1;
        setTime(i, utcMicros, offsetSeconds);
        setPlan(i, entryPrice, stopLoss, takeProfit);
        setInRange(i, inRange);
    }

    /**
     * Room for the rows of ids {@code fromId..toId}, added by another thread while this one adds the ids from
     * {@code lowestId} up to below {@code fromId} (each part in id order); {@link #join} when both are done. Null
     * when there are rows already, a part is open, or the ids span more rows than an array holds. The model and
     * symbol indices must be below the counts of names given to the constructor.
     */
    public Upper upper(long lowestId, long fromId, long toId) {
        long below = fromId - lowestId;
        long span = toId - fromId + 1;
        if (size > 0 || upper != null || below < 0 || span < 0 || below + span > MAX_ROWS) {
            return null;
        }
        if (micros.length < below + span) {
            resize((int) (below + span));
        }
        hasIdBase = true;
        idBase = lowestId;
        upper = new Upper((int) below, fromId, toId);
        lowerAside = new Aside();
        return upper;
    }

    /** Moves the rows of the {@link #upper} part right after the lower ones. */
    public void join(Upper part) {
        if (part != upper) {
            throw new IllegalStateException("not this columns' open part");
        }
        int n = part.size;
        if (part.start != size) {
            if (idOffsets != null) {
                System.arraycopy(idOffsets, part.start, idOffsets, size, n);
            } else {
                System.arraycopy(wideIds, part.start, wideIds, size, n);
            }
            System.arraycopy(micros, part.start, micros, size, n);
            price.move(part.start, size, n);
            confidence.move(part.start, size, n);
            System.arraycopy(flags, part.start, flags, size, n);
            model.move(part.start, size, n);
            symbol.move(part.start, size, n);
            offsetCode.move(part.start, size, n);
        }
        lowerAside.setIn(this, 0);
        part.aside.setIn(this, size - part.start);
        size += n;
        upper = null;
        lowerAside = null;
    }

    /** Confidences and prices without a code, kept by a thread while two add rows (set on one thread later). */
    private static final class Aside {
        private int count;
        private int[] rows = new int[0];
        private double[] values = new double[0];

        void keep(int row, double confidence, double price) {
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, count * 2 + 8);
                values = Arrays.copyOf(values, 2 * rows.length);
            }
            rows[count] = row;
            values[2 * count] = confidence;
            values[2 * count++ + 1] = price;
        }

        /** Sets the kept values, each row moved by {@code shift}. */
        void setIn(DecisionColumns cols, int shift) {
            for (int k = 0; k < count; k++) {
                cols.confidence.set(rows[k] + shift, values[2 * k]);
                cols.price.set(rows[k] + shift, values[2 * k + 1]);
            }
        }
    }

    /** The rows of ids from {@code fromId} on, in their own room of the columns ({@link #upper}). */
    public final class Upper {
        private final int start;
        private final long fromId;
        private final long toId;
        private final Aside aside = new Aside();
        private int size;

        private Upper(int start, long fromId, long toId) {
            this.start = start;
            this.fromId = fromId;
            this.toId = toId;
        }

        /** As {@link DecisionColumns#add(long, int, int, DecisionType, boolean, long, double, double)}, ids in range. */
        public void add(long id, int modelIndex, int symbolIndex, DecisionType type, boolean executed,
                        long utcMicros, double confidence, double currentPrice) {
            if (id < fromId || id > toId || (size > 0 && id <= DecisionColumns.this.id(start + size - 1))) {
                throw new IllegalStateException("decision " + id + " out of order or beyond " + fromId + ".." + toId);
            }
            requireNamed(id, modelIndex, symbolIndex);
            put(start + size++, id, modelIndex, symbolIndex, type, executed, utcMicros, confidence, currentPrice);
        }
    }

    /** While two threads add rows, no column may widen: indices stay below the counts of names given. */
    private void requireNamed(long id, int modelIndex, int symbolIndex) {
        if (modelIndex < 0 || modelIndex >= models.size() || symbolIndex < 0 || symbolIndex >= symbols.size()) {
            throw new IllegalStateException("model or symbol index beyond the names of decision " + id);
        }
    }

    /** The row of a decision id, or -1. */
    public int rowOf(long id) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = id(mid);
            if (v < id) {
                lo = mid + 1;
            } else if (v > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** @param offsetSeconds the UTC offset the time was written with, or null */
    public void setTime(int row, long utcMicros, Integer offsetSeconds) {
        micros[row] = utcMicros;
        offsetCode.set(row, offsetSeconds == null ? 0 : 1 + offsetIndex.computeIfAbsent(offsetSeconds, o -> {
            offsets.add(o);
            return offsets.size() - 1;
        }));
    }

    /** The UTC offset the row's time was written with in seconds, or {@link #NO_OFFSET}. */
    int offsetSeconds(int row) {
        int code = offsetCode.get(row);
        return code == 0 ? NO_OFFSET : offsets.get(code - 1);
    }

    /** Keeps the levels only when one of them is there (plans are few: a sorted side table of the rows with one). */
    public void setPlan(int row, double entryPrice, double stopLoss, double takeProfit) {
        int at = planIndex(row);
        if (at < 0) {
            if (Double.isNaN(entryPrice) && Double.isNaN(stopLoss) && Double.isNaN(takeProfit)) {
                return;
            }
            at = -at - 1;
            if (plans == planRows.length) {
                planRows = Arrays.copyOf(planRows, plans * 2);
                planLevels = Arrays.copyOf(planLevels, plans * 6);
            }
            System.arraycopy(planRows, at, planRows, at + 1, plans - at);
            System.arraycopy(planLevels, 3 * at, planLevels, 3 * at + 3, 3 * (plans - at));
            planRows[at] = row;
            plans++;
        }
        planLevels[3 * at] = entryPrice;
        planLevels[3 * at + 1] = stopLoss;
        planLevels[3 * at + 2] = takeProfit;
    }

    /** The index of the row's plan, or −(insertion point) − 1 without one. */
    private int planIndex(int row) {
        return plans > 0 && planRows[plans - 1] < row ? -plans - 1 : Arrays.binarySearch(planRows, 0, plans, row);
    }

    double entry(int row) {
        return level(row, 0);
    }

    double stop(int row) {
        return level(row, 1);
    }

    double target(int row) {
        return level(row, 2);
    }

    private double level(int row, int which) {
        int at = planIndex(row);
        return at < 0 ? Double.NaN : planLevels[3 * at + which];
    }

    /**
     * Judges only the rows whose wall-clock time as written lies within [fromMicros, toMicros] (microseconds since
     * 1970 of the written time read as UTC; the others still make the price paths).
     */
    public void judgeOnly(long fromMicros, long toMicros) {
        for (int i = 0; i < size; i++) {
            int off = offsetSeconds(i);
            long written = micros[i] + (off == NO_OFFSET ? 0 : off * 1_000_000L);
            setInRange(i, written >= fromMicros && written <= toMicros);
        }
    }

    private void setInRange(int i, boolean inRange) {
        flags[i] = (byte) (inRange ? flags[i] | IN_RANGE : flags[i] & ~IN_RANGE);
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

    double price(int i) {
        return price.get(i);
    }

    /** The stored confidence (NaN when missing). */
    double confidence(int i) {
        return confidence.get(i);
    }

    int model(int i) {
        return model.get(i);
    }

    int symbol(int i) {
        return symbol.get(i);
    }

    /** {@link #BUY}, {@link #SELL}, {@link #HOLD} or {@link #OTHER}. */
    byte kind(int i) {
        return (byte) (flags[i] & KIND_BITS);
    }

    boolean executed(int i) {
        return (flags[i] & EXECUTED) != 0;
    }

    boolean inRange(int i) {
        return (flags[i] & IN_RANGE) != 0;
    }

    /** +1 for buy, -1 for sell, 0 otherwise. */
    int side(int i) {
        int kind = flags[i] & KIND_BITS;
        return kind == BUY ? 1 : kind == SELL ? -1 : 0;
    }

    private void resize(int c) {
        if (idOffsets != null) {
            idOffsets = Arrays.copyOf(idOffsets, c);
        } else {
            wideIds = Arrays.copyOf(wideIds, c);
        }
        micros = Arrays.copyOf(micros, c);
        price.resize(c);
        confidence.resize(c);
        flags = Arrays.copyOf(flags, c);
        model.resize(c);
        symbol.resize(c);
        offsetCode.resize(c);
    }

    /** The rows of symbol s, time-ordered, ties by row ({@code count} of them: {@link #symbolCounts}). */
    int[] symbolRows(int s, int count) {
        int[] rows = new int[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (symbol.get(i) == s) {
                rows[k++] = i;
            }
        }
        mergeSort(rows, new int[count], 0, count);
        return rows;
    }

    /** Rows per symbol index. */
    int[] symbolCounts() {
        int[] counts = new int[symbols.size()];
        for (int i = 0; i < size; i++) {
            counts[symbol.get(i)]++;
        }
        return counts;
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
