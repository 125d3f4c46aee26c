package com.battlescope.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A time as the battle engine writes it: the text exactly as stored, the wall-clock time it names
 * and, when the writer was timezone-aware, its UTC offset. Ordered by the wall-clock time as written.
 */
public record Stamp(String text, LocalDateTime local, ZoneOffset offset) implements Comparable<Stamp> {

    public Stamp {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(local, "local");
    }

    /** Parses every form of the data contract: space or T, optional fraction (1-9 digits), optional Z/±hh:mm, date only. */
    public static Stamp parse(String raw) {
        if (raw == null) {
            throw new DateTimeParseException("no time", "", 0);
        }
        String s = raw.trim();
        try {
            LocalDateTime plain = parsePlain(s);
            if (plain != null) {
                return new Stamp(raw, plain, null);
            }
            if (s.length() == 10) {
                return new Stamp(raw, LocalDate.parse(s).atStartOfDay(), null);
            }
            ZoneOffset offset = null;
            String body = s;
            if (s.endsWith("Z") || s.endsWith("z")) {
                offset = ZoneOffset.UTC;
                body = s.substring(0, s.length() - 1);
            } else {
                int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
                if (sign > 10) {
                    offset = ZoneOffset.of(s.substring(sign));
                    body = s.substring(0, sign);
                }
            }
            body = body.trim().replace(' ', 'T');
            if (body.length() == 16) {
                body = body + ":00";
            }
            return new Stamp(raw, LocalDateTime.parse(body), offset);
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            throw new DateTimeParseException("not a time: '" + raw + "'", raw, 0);
        }
    }

    /**
     * The engine's usual form "yyyy-MM-dd HH:mm:ss[.f{1,9}]" (or with T) read digit by digit: the general parser
     * took half of the time of loading a year of snapshots. Null for any other form; range errors throw as there.
     */
    private static LocalDateTime parsePlain(String s) {
        int n = s.length();
        if (n < 19 || n == 20 || n > 29 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || (s.charAt(10) != ' ' && s.charAt(10) != 'T') || (n > 19 && s.charAt(19) != '.')) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int fraction = n > 19 ? digits(s, 20, n) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
            return null;
        }
        for (int i = n; i < 29; i++) {
            fraction *= 10;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, n > 19 ? fraction : 0);
    }

    /** The decimal value of s[from, to), or -1 when a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Legacy rows written by JDBC drivers as epoch milliseconds (or seconds); shown as UTC. */
    public static Stamp ofEpoch(long value) {
        long millis = Math.abs(value) < 100_000_000_000L ? value * 1000 : value;
        LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
                (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
        return new Stamp(format(utc), utc, null);
    }

    /** A time in the engine's exact text form: space separator, six fraction digits or none. */
    public static Stamp of(LocalDateTime local) {
        LocalDateTime micros = local.truncatedTo(ChronoUnit.MICROS);
        return new Stamp(format(micros), micros, null);
    }

    /** Built by hand rather than with String.format: bulk writers (the demo battle) format millions of times. */
    public static String format(LocalDateTime t) {
        LocalDateTime v = t.truncatedTo(ChronoUnit.MICROS);
        int micros = v.getNano() / 1000;
        if (v.getYear() < 0 || v.getYear() > 9999) {
            String base = String.format("%04d-%02d-%02d %02d:%02d:%02d", v.getYear(), v.getMonthValue(),
                    v.getDayOfMonth(), v.getHour(), v.getMinute(), v.getSecond());
            return micros == 0 ? base : base + String.format(".%06d", micros);
        }
        char[] c = "0000-00-00 00:00:00.000000".toCharArray();
        digits(c, 0, v.getYear(), 4);
        digits(c, 5, v.getMonthValue(), 2);
        digits(c, 8, v.getDayOfMonth(), 2);
        digits(c, 11, v.getHour(), 2);
        digits(c, 14, v.getMinute(), 2);
        digits(c, 17, v.getSecond(), 2);
        digits(c, 20, micros, 6);
        return new String(c, 0, micros == 0 ? 19 : 26);
    }

    private static void digits(char[] c, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    public LocalDate date() {
        return local.toLocalDate();
    }

    public LocalTime time() {
        return local.toLocalTime();
    }

    /** Seconds since 1970 of the wall-clock time as written (axes show it in UTC, i.e. exactly as written). */
    public double epochSecondsAsWritten() {
        return local.toEpochSecond(ZoneOffset.UTC) + local.getNano() / 1e9;
    }

    /** Seconds since 1970 of the real instant when the offset is known, else of the wall-clock time as written. */
    public double epochSeconds() {
        ZoneOffset o = offset == null ? ZoneOffset.UTC : offset;
        return local.toEpochSecond(o) + local.getNano() / 1e9;
    }

    /**
     * Microseconds since 1970 of the real instant when the offset is known, else of the wall-clock time as written
     * (exact: the engine writes at most six fraction digits).
     */
    public long epochMicros() {
        ZoneOffset o = offset == null ? ZoneOffset.UTC : offset;
        return local.toEpochSecond(o) * 1_000_000L + local.getNano() / 1000;
    }

    /** The same instant written back in the engine's form, keeping an offset that was read. */
    public String engineText() {
        return offset == null ? format(local) : format(local) + offset.getId().replace("Z", "+00:00");
    }

    @Override
    public int compareTo(Stamp o) {
        int c = local.compareTo(o.local);
        return c != 0 ? c : text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
