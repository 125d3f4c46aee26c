package com.battlescope.ui.charts;

import com.battlescope.model.Stamp;
import io.fair_acc.chartfx.axes.Axis;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Tick labels of a time axis whose values are epoch seconds of the times as written: shown in UTC, so exactly
 * as written, with as much detail as the visible span needs.
 */
final class TimeTickFormat extends StringConverter<Number> {
    static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final double FOUR_DAYS = 4 * 86400;
    private static final double TEN_MINUTES = 600;

    private final Axis axis;

    TimeTickFormat(Axis axis) {
        this.axis = axis;
    }

    /**
     * The pattern for a tick at a time, over a visible span in seconds: from four days on a tick at midnight is
     * its date and any other tick its date and time (ticks 12 h apart would otherwise repeat each date).
     */
    static DateTimeFormatter pattern(LocalDateTime tick, double span) {
        if (span >= FOUR_DAYS) {
            return tick.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAYS : MINUTES;
        }
        return span >= TEN_MINUTES ? MINUTES : SECONDS;
    }

    static String format(double epochSeconds, double span) {
        LocalDateTime tick = time(epochSeconds);
        return tick.format(pattern(tick, span));
    }

    /** To the microsecond: stored times have at most six fraction digits, a double near 1.7e9 is finer than that. */
    static LocalDateTime time(double epochSeconds) {
        long seconds = (long) Math.floor(epochSeconds);
        long micros = Math.round((epochSeconds - seconds) * 1e6);
        if (micros >= 1_000_000) {
            seconds++;
            micros = 0;
        }
        return LocalDateTime.ofEpochSecond(seconds, (int) micros * 1000, ZoneOffset.UTC);
    }

    @Override
    public String toString(Number value) {
        return format(value.doubleValue(), Math.abs(axis.getMax() - axis.getMin()));
    }

    @Override
    public Number fromString(String text) {
        try {
            return Stamp.parse(text).epochSecondsAsWritten();
        } catch (DateTimeParseException e) {
            return Double.parseDouble(text.trim());
        }
    }
}
