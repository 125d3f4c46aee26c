package com.battlescope.ui.help;

/** One block of a markdown page, as far as the guide uses markdown. */
public sealed interface MarkdownBlock {

    /** {@code #}..{@code ######}: level 1..6. */
    record Heading(int level, String text) implements MarkdownBlock {
    }

    /** Lines joined by spaces. */
    record Paragraph(String text) implements MarkdownBlock {
    }

    /** A list item; {@code marker} is "•" for bullets or "3." for numbered items. */
    record ListItem(String marker, String text) implements MarkdownBlock {
    }

    /** A fenced code block, lines kept as written. */
    record Code(String text) implements MarkdownBlock {
    }
}
