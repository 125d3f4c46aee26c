package com.battlescope.service.demo;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The recent equities of one model in primitive arrays, with the look-back of
 * {@link com.battlescope.analytics.Rankings#window}: from the last point at or before (latest - days), else
 * from the first. Built for a year of hourly snapshots ranked every day without sorting or boxing.
 */
final class EquityWindow {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private long[] times = new long[256];
    private double[] equities = new double[256];
    private int head;
    private int end;

    void add(LocalDateTime time, double equity) {
        if (end == times.length) {
            compact();
        }
        times[end] = micros(time);
        equities[end++] = equity;
    }

    /** Forgets points older than the given number of days before the latest one. */
    void keepDays(int days) {
        long cutoff = times[end - 1] - days * MICROS_PER_DAY;
        while (head < end - 1 && times[head] < cutoff) {
            head++;
        }
    }

    boolean isEmpty() {
        return head == end;
    }

    /** Equities of the look-back window of a timeframe of this many days, oldest first. */
    double[] lookBack(int days) {
        long cutoff = times[end - 1] - days * MICROS_PER_DAY;
        int base = head;
        for (int i = end - 1; i >= head; i--) {
            if (times[i] <= cutoff) {
                base = i;
                break;
            }
        }
        return Arrays.copyOfRange(equities, base, end);
    }

    private void compact() {
        int n = end - head;
        if (n * 2 > times.length) {
            times = Arrays.copyOf(times, times.length * 2);
            equities = Arrays.copyOf(equities, equities.length * 2);
        }
        System.arraycopy(times, head, times, 0, n);
        System.arraycopy(equities, head, equities, 0, n);
        head = 0;
        end = n;
    }

    private static long micros(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + t.getNano() / 1000;
    }
}
