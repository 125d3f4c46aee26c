package com.battlescope.service.demo;

import java.util.Arrays;

/** A growable list of doubles (period equities), without boxing. */
final class DoubleList {
    private double[] values = new double[32];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    double last() {
        return values[size - 1];
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
