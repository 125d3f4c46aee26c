package com.battlescope.analytics.quality;

import java.util.Arrays;

/**
 * A column of non-negative ints kept in one byte each while every value stays below 256, widened once to an int each
 * when a larger (or negative) value comes. Threads may set different elements at once as long as none widens: a
 * column whose values are known to fit is made {@link #SmallInts(int, int) wide enough} from the start.
 */
final class SmallInts {
    private static final int BYTE_MAX = 255;
    private byte[] small;
    private int[] wide;

    /** @param largest the largest value expected (a larger one still fits, by widening) */
    SmallInts(int capacity, int largest) {
        if (largest <= BYTE_MAX) {
            small = new byte[capacity];
        } else {
            wide = new int[capacity];
        }
    }

    int get(int i) {
        return small != null ? small[i] & BYTE_MAX : wide[i];
    }

    void set(int i, int value) {
        if (small != null) {
            if (value >= 0 && value <= BYTE_MAX) {
                small[i] = (byte) value;
                return;
            }
            widen();
        }
        wide[i] = value;
    }

    /** Whether the values take an int each (after a value beyond a byte). */
    boolean wide() {
        return wide != null;
    }

    void resize(int capacity) {
        if (small != null) {
            small = Arrays.copyOf(small, capacity);
        } else {
            wide = Arrays.copyOf(wide, capacity);
        }
    }

    /** Copies {@code n} values from {@code from} to {@code to} (ranges may overlap). */
    void move(int from, int to, int n) {
        System.arraycopy(small != null ? small : wide, from, small != null ? small : wide, to, n);
    }

    private void widen() {
        wide = new int[small.length];
        for (int i = 0; i < small.length; i++) {
            wide[i] = small[i] & BYTE_MAX;
        }
        small = null;
    }
}
