package com.battlescope.ui.widgets;

import com.battlescope.service.view.Cells;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the decision views show them: plain, up to four decimals, dash for none. */
public final class Fmt {
    private static final ThreadLocal<DecimalFormat> PLAIN = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Fmt() {
    }

    public static String number(Double v) {
        return v == null || v.isNaN() ? Cells.NONE : PLAIN.get().format(v);
    }

    public static String money(Double v) {
        return v == null || v.isNaN() ? Cells.NONE : MONEY.get().format(v);
    }

    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public static String percent(Double v) {
        return v == null ? Cells.NONE : fixed(v, 1) + " %";
    }
}
