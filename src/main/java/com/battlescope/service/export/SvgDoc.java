package com.battlescope.service.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A tiny SVG writer: elements in order, attribute and text values escaped, coordinates with one decimal. */
final class SvgDoc {
    static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private int depth;

    SvgDoc(int width, int height, String title) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(escape(FONT)).append("\">\n");
        depth = 1;
        indent().append("<title>").append(escape(title)).append("</title>\n");
        element("rect", "x", "0", "y", "0", "width", Integer.toString(width), "height", Integer.toString(height),
                "fill", "#FFFFFF");
    }

    /** An empty element; attributes as name, value pairs (null values are left out). */
    SvgDoc element(String name, String... attrs) {
        indent().append('<').append(name);
        attributes(attrs);
        sb.append("/>\n");
        return this;
    }

    SvgDoc open(String name, String... attrs) {
        indent().append('<').append(name);
        attributes(attrs);
        sb.append(">\n");
        depth++;
        return this;
    }

    SvgDoc close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    SvgDoc text(double x, double y, String text, String... attrs) {
        indent().append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        attributes(attrs);
        sb.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    SvgDoc line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return element("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "stroke", stroke,
                "stroke-width", num(width));
    }

    String finish() {
        sb.append("</svg>\n");
        return sb.toString();
    }

    Path write(Path file) {
        String text = finish();
        return ExportFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void attributes(String... attrs) {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                sb.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
            }
        }
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
        return sb;
    }

    /** One decimal place, no trailing ".0", never an exponent. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }

    /** Escapes markup and drops characters XML 1.0 cannot hold (control characters, lone surrogates). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r'
                            || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Rough width of a text in a sans-serif font: enough to lay out labels without a font engine. */
    static double textWidth(String s, double fontSize) {
        double w = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 ? 1.0 : (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') ? 0.7
                    : Character.isDigit(cp) ? 0.64 : 0.55;
        }
        return w * fontSize;
    }

    /** Cuts a text to fit a width, ending it with an ellipsis when cut. */
    static String fit(String s, double width, double fontSize) {
        String one = s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (textWidth(one, fontSize) <= width) {
            return one;
        }
        int end = Math.min(one.length(), (int) (width / (0.55 * fontSize)) + 1);
        if (end < one.length() && Character.isLowSurrogate(one.charAt(end))) {
            end--;
        }
        while (end > 0 && textWidth(one.substring(0, end) + "…", fontSize) > width) {
            end = one.offsetByCodePoints(end, -1);
        }
        return end == 0 ? "" : one.substring(0, end) + "…";
    }
}
