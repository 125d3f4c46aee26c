package com.battlescope.ui.charts;

import io.fair_acc.chartfx.axes.Axis;
import java.util.Locale;
import javafx.util.StringConverter;

/** Plain tick labels with thousands separators and as many decimals as the tick spacing needs (no 1.0E5). */
final class NumberTickFormat extends StringConverter<Number> {
    private final Axis axis;

    NumberTickFormat(Axis axis) {
        this.axis = axis;
    }

    /** The fewest decimals (at most 6) that write multiples of {@code unit} exactly: 0.25 -> 2, 0.5 -> 1, 5 -> 0. */
    static int decimals(double unit) {
        double u = Math.abs(unit);
        if (!(u > 0) || Double.isInfinite(u)) {
            return 0;
        }
        for (int d = 0; d < 6; d++) {
            double scaled = u * Math.pow(10, d);
            long whole = Math.round(scaled);
            if (whole >= 1 && Math.abs(scaled - whole) < 1e-6 * scaled) {
                return d;
            }
        }
        return 6;
    }

    static String format(double value, double unit) {
        String s = String.format(Locale.US, "%,." + decimals(unit) + "f", value);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        double unit = axis.isLogAxis() ? Math.abs(v) : axis.getTickUnit();
        return format(v, unit);
    }

    @Override
    public Number fromString(String text) {
        return Double.parseDouble(text.replace(",", "").trim());
    }
}
