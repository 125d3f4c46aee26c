package com.battlescope.service.view;

import com.battlescope.model.Timeframe;
import java.util.Locale;

/** The summary periods: calendar days, ISO weeks (Monday start) and calendar months, by dates as written. */
public enum Period {
    DAILY, WEEKLY, MONTHLY;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The summary table of this period in {@code metrics_timeseries.db}. */
    public String table() {
        return text() + "_summaries";
    }

    /** {@code export --timeframe daily|weekly|monthly} picks the period; all time (the default) means daily. */
    public static Period of(Timeframe timeframe) {
        return switch (timeframe) {
            case WEEKLY -> WEEKLY;
            case MONTHLY -> MONTHLY;
            case DAILY, ALL_TIME -> DAILY;
        };
    }
}
