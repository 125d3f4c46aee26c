package com.battlescope.model;

import java.util.Locale;

/** Leaderboard timeframes, with their text in {@code leaderboard_snapshots.timeframe}. */
public enum Timeframe {
    DAILY("daily", 1), WEEKLY("weekly", 7), MONTHLY("monthly", 30), ALL_TIME("all_time", 0);

    private final String text;
    private final int days;

    Timeframe(String text, int days) {
        this.text = text;
        this.days = days;
    }

    public String text() {
        return text;
    }

    /** Length of the look-back window in calendar days; 0 for all time. */
    public int days() {
        return days;
    }

    public static Timeframe fromText(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Timeframe f : values()) {
            if (f.text.equals(t) || f.name().equalsIgnoreCase(t) || (f == ALL_TIME && t.equals("alltime"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + text + "' (daily, weekly, monthly, all_time)");
    }
}
