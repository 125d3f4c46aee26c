package com.battlescope.ui.help;

import java.util.ArrayList;
import java.util.List;

/** Splits a line of markdown text into plain, {@code **bold**} and {@code `code`} spans. */
public final class InlineSpans {

    public enum Style { PLAIN, BOLD, CODE }

    public record Span(Style style, String text) {
    }

    private InlineSpans() {
    }

    public static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            int end;
            if (text.startsWith("`", i) && (end = text.indexOf('`', i + 1)) > i) {
                add(spans, Style.PLAIN, plain);
                spans.add(new Span(Style.CODE, text.substring(i + 1, end)));
                i = end + 1;
            } else if (text.startsWith("**", i) && (end = text.indexOf("**", i + 2)) > i) {
                add(spans, Style.PLAIN, plain);
                spans.add(new Span(Style.BOLD, text.substring(i + 2, end)));
                i = end + 2;
            } else {
                plain.append(text.charAt(i++));
            }
        }
        add(spans, Style.PLAIN, plain);
        return spans;
    }

    private static void add(List<Span> spans, Style style, StringBuilder text) {
        if (text.length() > 0) {
            spans.add(new Span(style, text.toString()));
            text.setLength(0);
        }
    }
}
