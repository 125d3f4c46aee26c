package com.battlescope.service.demo;

import java.util.Locale;

/** When a demo battle trades: US market hours on weekdays, or around the clock. */
public enum DemoHours {
    /** 9:30 to 16:00 on weekdays: seven battle hours a day, the last one half an hour. */
    MARKET("market"),
    /** 24 battle hours every day. */
    ALL_DAY("24x7");

    private final String text;

    DemoHours(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static DemoHours fromText(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DemoHours h : values()) {
            if (h.text.equals(t)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown hours '" + text + "' (market, 24x7)");
    }
}
