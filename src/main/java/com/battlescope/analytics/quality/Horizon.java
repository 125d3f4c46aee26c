package com.battlescope.analytics.quality;

import java.util.Arrays;
import java.util.Locale;

/** How far ahead a decision is judged: 1 hour, 1 day (24 h) or 5 days (120 h). */
public enum Horizon {
    H1("1h", 1), D1("1d", 24), D5("5d", 120);

    public static final Horizon DEFAULT = H1;
    private final String label;
    private final int hours;

    Horizon(String label, int hours) {
        this.label = label;
        this.hours = hours;
    }

    public String label() {
        return label;
    }

    public int hours() {
        return hours;
    }

    public long micros() {
        return hours * 3_600_000_000L;
    }

    /** "1h", "1d" or "5d" (case-insensitive). */
    public static Horizon parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(h -> h.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("horizon must be 1h, 1d or 5d, not '" + text + "'"));
    }

    /** "1h", "1d", "5d" for those hours, else e.g. "12h". */
    public static String label(int hours) {
        return Arrays.stream(values()).filter(h -> h.hours == hours).map(Horizon::label).findFirst()
                .orElse(hours + "h");
    }

    @Override
    public String toString() {
        return label;
    }
}
