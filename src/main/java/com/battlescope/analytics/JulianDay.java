package com.battlescope.analytics;

import com.battlescope.model.TimedDecision;
import com.battlescope.model.Stamp;


/**
 * SQLite's {@code julianday(text)} for a stamp: SQLite keeps whole milliseconds (seconds x 1000 + 0.5,
 * truncated), shifts a written offset to UTC and divides by 86,400,000. Lets callers without a database
 * (tests, the GUI's moment picker) get the same doubles as the engine's view.
 */
public final class JulianDay {

    /** Julian day of 1970-01-01 00:00 in milliseconds (2440587.5 x 86,400,000). */
    private static final long UNIX_EPOCH_MS = 210_866_760_000_000L;

    private JulianDay() {
    }

    public static double of(Stamp stamp) {
        var t = stamp.local();
        double seconds = t.getSecond() + t.getNano() / 1e9;
        long millis = t.toLocalDate().toEpochDay() * 86_400_000L + t.getHour() * 3_600_000L
                + t.getMinute() * 60_000L + (long) (seconds * 1000 + 0.5);
        if (stamp.offset() != null) {
            millis -= stamp.offset().getTotalSeconds() * 1000L;
        }
        return (UNIX_EPOCH_MS + millis) / 86_400_000.0;
    }

    /**
     * The same for an instant in microseconds since 1970 (UTC), rounded to whole milliseconds as {@link #of} does;
     * equal to {@link #of} of any stamp of that instant whose UTC offset is whole minutes.
     */
    public static double ofEpochMicros(long utcMicros) {
        long second = Math.floorDiv(utcMicros, 1_000_000L);
        long microsOfSecond = Math.floorMod(utcMicros, 1_000_000L);
        long minuteStart = Math.floorDiv(second, 60L) * 60L;
        double seconds = (second - minuteStart) + microsOfSecond * 1000 / 1e9;
        long millis = minuteStart * 1000L + (long) (seconds * 1000 + 0.5);
        return (UNIX_EPOCH_MS + millis) / 86_400_000.0;
    }

    public static TimedDecision timed(com.battlescope.model.Decision d) {
        return new TimedDecision(d, of(d.timestamp()));
    }

}
