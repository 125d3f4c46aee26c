package com.battlescope.analytics.quality;

import java.util.Arrays;

/**
 * A column of numbers kept as whole hundredths — a char (or an int) each — while every value is exactly
 * {@code k / 100.0} (the same double, bit for bit: prices in cents, confidences to two decimals), widened once to a
 * double each when a value is not. NaN (missing) has its own code. Threads may {@link #trySet} different elements
 * at once; a value without a code is then kept aside by the caller and {@link #set} later, on one thread.
 */
final class Hundredths {
    private static final int MISSING = 0;
    /** The largest code of a char column; the code of hundredths k is k + 1. */
    private static final int CHAR_CODES = Character.MAX_VALUE;
    private char[] narrow;
    private int[] codes;
    private double[] wide;
    private final int maxCode;

    /** @param inChars a char a value (hundredths up to 65,534), else an int (up to 2³¹ − 2) */
    Hundredths(int capacity, boolean inChars) {
        if (inChars) {
            narrow = new char[capacity];
            maxCode = CHAR_CODES;
        } else {
            codes = new int[capacity];
            maxCode = Integer.MAX_VALUE;
        }
    }

    double get(int i) {
        if (wide != null) {
            return wide[i];
        }
        int code = narrow != null ? narrow[i] : codes[i];
        return code == MISSING ? Double.NaN : (code - 1) / 100.0;
    }

    /** Sets the value when it has a code (or the column holds doubles already); false leaves element i as it was. */
    boolean trySet(int i, double value) {
        if (wide != null) {
            wide[i] = value;
            return true;
        }
        int code = code(value);
        if (code < 0) {
            return false;
        }
        if (narrow != null) {
            narrow[i] = (char) code;
        } else {
            codes[i] = code;
        }
        return true;
    }

    /** Sets the value, widening the column to doubles when it has no code (one thread only). */
    void set(int i, double value) {
        if (!trySet(i, value)) {
            widen();
            wide[i] = value;
        }
    }

    /** Whether the values take a double each. */
    boolean wide() {
        return wide != null;
    }

    /** The code of a value, or -1 when it is not exactly a whole number of hundredths within the codes. */
    private int code(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double k = Math.rint(value * 100);
        if (!(k >= 0 && k < maxCode - 1)) {
            return -1;
        }
        int hundredths = (int) k;
        return Double.doubleToRawLongBits(hundredths / 100.0) == Double.doubleToRawLongBits(value) ? hundredths + 1
                : -1;
    }

    void resize(int capacity) {
        if (wide != null) {
            wide = Arrays.copyOf(wide, capacity);
        } else if (narrow != null) {
            narrow = Arrays.copyOf(narrow, capacity);
        } else {
            codes = Arrays.copyOf(codes, capacity);
        }
    }

    /** Copies {@code n} values from {@code from} to {@code to} (ranges may overlap). */
    void move(int from, int to, int n) {
        Object a = wide != null ? wide : narrow != null ? narrow : codes;
        System.arraycopy(a, from, a, to, n);
    }

    private void widen() {
        int capacity = narrow != null ? narrow.length : codes.length;
        double[] values = new double[capacity];
        for (int i = 0; i < capacity; i++) {
            values[i] = get(i);
        }
        wide = values;
        narrow = null;
        codes = null;
    }
}
