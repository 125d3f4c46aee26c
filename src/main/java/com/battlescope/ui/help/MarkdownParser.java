package com.battlescope.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits markdown into headings, paragraphs, list items and fenced code: the subset the user guide uses.
 * Inline marks ({@code **bold**}, {@code `code`}) stay in the text; {@link InlineSpans} reads them.
 */
public final class MarkdownParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[.)]\\s+(.*)$");

    private MarkdownParser() {
    }

    public static List<MarkdownBlock> parse(String markdown) {
        List<MarkdownBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String marker = null;   // non-null while text belongs to a list item
        StringBuilder code = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (code != null) {
                if (line.strip().startsWith("```")) {
                    blocks.add(new MarkdownBlock.Code(code.toString().stripTrailing()));
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            String trimmed = line.strip();
            Matcher heading = HEADING.matcher(trimmed);
            Matcher bullet = BULLET.matcher(trimmed);
            Matcher numbered = NUMBERED.matcher(trimmed);
            boolean starts = trimmed.isEmpty() || trimmed.startsWith("```") || heading.matches()
                    || bullet.matches() || numbered.matches();
            if (starts) {
                flush(blocks, text, marker);
                marker = null;
            }
            if (trimmed.startsWith("```")) {
                code = new StringBuilder();
            } else if (heading.matches()) {
                blocks.add(new MarkdownBlock.Heading(heading.group(1).length(), heading.group(2).strip()));
            } else if (bullet.matches()) {
                marker = "•";
                text.append(bullet.group(1));
            } else if (numbered.matches()) {
                marker = numbered.group(1) + ".";
                text.append(numbered.group(2));
            } else if (!trimmed.isEmpty()) {
                text.append(text.length() > 0 ? " " : "").append(trimmed);
            }
        }
        if (code != null) {
            blocks.add(new MarkdownBlock.Code(code.toString().stripTrailing()));
        }
        flush(blocks, text, marker);
        return blocks;
    }

    private static void flush(List<MarkdownBlock> blocks, StringBuilder text, String marker) {
        if (text.length() == 0) {
            return;
        }
        String s = text.toString();
        blocks.add(marker == null ? new MarkdownBlock.Paragraph(s) : new MarkdownBlock.ListItem(marker, s));
        text.setLength(0);
    }
}
