package com.battlescope.service;

import com.battlescope.model.Stamp;
import java.time.LocalDateTime;

/**
 * An inclusive time range as typed by the user (any contract form; null = open). Text bounds are in the
 * engine's form so that SQL compares them as the engine does; a date-only bound means midnight of that day.
 */
public record TimeRange(Stamp from, Stamp to) {
    public static final TimeRange ALL = new TimeRange(null, null);

    public static TimeRange parse(String from, String to) {
        return new TimeRange(from == null || from.isBlank() ? null : Stamp.parse(from),
                to == null || to.isBlank() ? null : Stamp.parse(to));
    }

    public static TimeRange lastDays(Stamp latest, int days) {
        if (latest == null) {
            return ALL;
        }
        LocalDateTime from = latest.local().minusDays(days);
        return new TimeRange(Stamp.of(from), null);
    }

    public String fromText() {
        return from == null ? null : Stamp.format(from.local());
    }

    public String toText() {
        return to == null ? null : Stamp.format(to.local());
    }

    public boolean contains(Stamp t) {
        return (from == null || t.local().compareTo(from.local()) >= 0)
                && (to == null || t.local().compareTo(to.local()) <= 0);
    }
}
