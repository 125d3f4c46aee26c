package com.battlescope.service.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick positions and labels for linear, logarithmic and time axes. */
final class AxisTicks {
    record Tick(double value, String label) {
    }

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86400;
    private static final long[] SECOND_STEPS = {MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR,
            3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};

    private AxisTicks() {
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten giving about {@code target} ticks over the range. */
    static double niceStep(double range, int target, boolean integers) {
        double rough = range / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / mag;
        double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
        return integers ? Math.max(1, Math.rint(step)) : step;
    }

    static List<Tick> linear(double min, double max, int target, boolean integers) {
        double step = niceStep(max - min, target, integers);
        DecimalFormat f = numberFormat(step);
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = k * step;
            ticks.add(new Tick(v, f.format(v)));
        }
        return ticks;
    }

    /** Decades (with 2 and 5 between when there is room); a range within one decade gets linear ticks. */
    static List<Tick> log(double min, double max, int target) {
        if (max / min < 10) {
            return linear(min, max, target, false);
        }
        int lo = (int) Math.floor(Math.log10(min));
        int hi = (int) Math.ceil(Math.log10(max));
        double[] mantissas = (hi - lo) * 3 <= target ? new double[] {1, 2, 5} : new double[] {1};
        int every = Math.max(1, (int) Math.ceil((hi - lo) / (double) Math.max(1, target)));
        List<Tick> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            if ((e - lo) % every != 0) {
                continue;
            }
            for (double m : mantissas) {
                double v = m * Math.pow(10, e);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    ticks.add(new Tick(v, numberFormat(v).format(v)));
                }
            }
        }
        return ticks;
    }

    /** Ticks on whole minutes, hours, days, Mondays, months or years of epoch seconds read as UTC. */
    static List<Tick> time(double min, double max, int target) {
        double range = max - min;
        for (long step : SECOND_STEPS) {
            if (range / step <= target) {
                return secondTicks(min, max, step);
            }
        }
        for (int months : MONTH_STEPS) {
            if (range / (months * 30.44 * DAY) <= target) {
                return monthTicks(min, max, months);
            }
        }
        return monthTicks(min, max, MONTH_STEPS[MONTH_STEPS.length - 1]);
    }

    private static List<Tick> secondTicks(double min, double max, long step) {
        // weeks start on Monday: epoch day 0 was a Thursday, so Mondays are 4 days past a multiple of 7 days
        long offset = step == 7 * DAY || step == 14 * DAY ? 4 * DAY : 0;
        long first = Math.floorDiv((long) Math.ceil(min) - offset + step - 1, step) * step + offset;
        DateTimeFormatter f = DateTimeFormatter.ofPattern(step < DAY ? "MMM d HH:mm" : "MMM d, yyyy", Locale.ENGLISH);
        List<Tick> ticks = new ArrayList<>();
        for (long t = first; t <= max; t += step) {
            ticks.add(new Tick(t, f.format(LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC))));
        }
        return ticks;
    }

    private static List<Tick> monthTicks(double min, double max, int months) {
        LocalDate start = LocalDateTime.ofEpochSecond((long) Math.floor(min), 0, ZoneOffset.UTC).toLocalDate()
                .withDayOfMonth(1);
        long index = start.getYear() * 12L + start.getMonthValue() - 1;
        long firstIndex = Math.floorDiv(index + months - 1, months) * months;
        DateTimeFormatter f = DateTimeFormatter.ofPattern(months >= 12 ? "yyyy" : "MMM yyyy", Locale.ENGLISH);
        List<Tick> ticks = new ArrayList<>();
        for (long i = firstIndex; ; i += months) {
            LocalDate d = LocalDate.of((int) Math.floorDiv(i, 12), (int) Math.floorMod(i, 12) + 1, 1);
            double t = d.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            if (t > max) {
                break;
            }
            if (t >= min) {
                ticks.add(new Tick(t, f.format(d)));
            }
        }
        return ticks;
    }

    /** Grouped thousands and as many decimals as the step needs. */
    private static DecimalFormat numberFormat(double step) {
        int decimals = 0;
        while (decimals < 8 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }
}
