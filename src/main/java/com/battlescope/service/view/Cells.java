package com.battlescope.service.view;

import com.battlescope.model.Stamp;
import java.time.Duration;
import java.util.Locale;

/**
 * The one source of cell text, in two forms. The <b>display form</b> (GUI tables, SVG/PNG exports, the command
 * line's {@code --format table}): rounded, US separators, "∞" for an infinite figure and "—" for one that cannot be
 * computed. The <b>machine form</b> ({@link #machine}: CSV files, the clipboard's CSV, {@code --format csv}): full
 * precision, empty for no value, {@code inf}/{@code -inf} for infinities, so that a spreadsheet or a script reads
 * numbers back exactly.
 */
public final class Cells {
    public static final String NONE = "—";
    public static final String INFINITE = "∞";

    private Cells() {
    }

    /** {@code 12.5} → {@code 12.50%}. */
    public static String pct(Double v) {
        return special(v) != null ? special(v) : String.format(Locale.US, "%,.2f%%", noNegativeZero(v, 2));
    }

    /** {@code -1234.5} → {@code -$1,234.50}. */
    public static String money(Double v) {
        if (special(v) != null) {
            return special(v);
        }
        double x = noNegativeZero(v, 2);
        return (x < 0 ? "-$" : "$") + String.format(Locale.US, "%,.2f", Math.abs(x));
    }

    /** A ratio such as Sharpe or profit factor: two decimals, ∞ when infinite. */
    public static String ratio(Double v) {
        return special(v) != null ? special(v) : String.format(Locale.US, "%,.2f", noNegativeZero(v, 2));
    }

    /** One decimal, e.g. a confidence on the 0–100 scale. */
    public static String decimal1(Double v) {
        return special(v) != null ? special(v) : String.format(Locale.US, "%,.1f", noNegativeZero(v, 1));
    }

    /** A file size: {@code 512 B}, {@code 3.4 KB}, {@code 600.0 MB}, {@code 2.6 GB} (binary units). */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", n / (1024.0 * 1024 * 1024));
    }

    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** Rank change as the arrows of the leaderboard: ▲ up (rank number fell), ▼ down, – unchanged or unknown. */
    public static String rankChange(Integer change) {
        if (change == null || change == 0) {
            return "–";
        }
        return change < 0 ? "▲" + -change : "▼" + change;
    }

    /** {@code 2d 3h}, {@code 5h 12m}, {@code 42m}, {@code 30s}. */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long s = Math.round(d.toMillis() / 1000.0);
        String sign = s < 0 ? "-" : "";
        s = Math.abs(s);
        long days = s / 86_400;
        long hours = s % 86_400 / 3600;
        long minutes = s % 3600 / 60;
        if (days > 0) {
            return sign + days + "d " + hours + "h";
        }
        if (hours > 0) {
            return sign + hours + "h " + minutes + "m";
        }
        return minutes > 0 ? sign + minutes + "m" : sign + s + "s";
    }

    /**
     * A time to the second, as written (date, space, hh:mm:ss, and the offset when the stamp has one): what a table
     * shows; the stamp's full text goes to its tooltip and to the exports.
     */
    public static String time(Stamp t) {
        if (t == null) {
            return NONE;
        }
        String s = t.text();
        if (s.length() <= 19 || (s.charAt(10) != ' ' && s.charAt(10) != 'T')) {
            return s;
        }
        String second = s.substring(0, 10) + " " + s.substring(11, 19);
        // the offset as written ("Z", "+00:00", "+02:00"), after any fraction of a second
        int rest = 19;
        if (rest < s.length() && s.charAt(rest) == '.') {
            rest++;
            while (rest < s.length() && Character.isDigit(s.charAt(rest))) {
                rest++;
            }
        }
        return second + s.substring(rest);
    }

    public static String text(Object v) {
        return v == null ? NONE : v.toString();
    }

    /** Machine form: empty for null and NaN, {@code inf}/{@code -inf} for infinities, full precision otherwise. */
    public static String machine(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
        }
        return value.toString();
    }

    /** Display form of any value in a text table: a double to four decimals, "∞", "—" for no value. */
    public static String readable(Object value) {
        if (value instanceof Double d) {
            if (special(d) != null) {
                return special(d);
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return text(value);
    }

    private static String special(Double v) {
        if (v == null || v.isNaN()) {
            return NONE;
        }
        if (v.isInfinite()) {
            return v > 0 ? INFINITE : "-" + INFINITE;
        }
        return null;
    }

    /** Values that round to zero print as 0.00, never -0.00. */
    private static double noNegativeZero(double v, int decimals) {
        return Math.abs(v) < 0.5 * Math.pow(10, -decimals) ? 0.0 : v;
    }
}
