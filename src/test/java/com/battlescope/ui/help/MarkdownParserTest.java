package com.battlescope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.ui.help.InlineSpans.Span;
import com.battlescope.ui.help.InlineSpans.Style;
import com.battlescope.ui.help.MarkdownBlock.Code;
import com.battlescope.ui.help.MarkdownBlock.Heading;
import com.battlescope.ui.help.MarkdownBlock.ListItem;
import com.battlescope.ui.help.MarkdownBlock.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void splitsHeadingsParagraphsListsAndCode() {
        String md = """
                # Title

                First line
                second line.

                - one
                  continued
                - two
                3. three

                ```
                a  b
                  c
                ```
                ## Next
                """;

        assertThat(MarkdownParser.parse(md)).containsExactly(
                new Heading(1, "Title"),
                new Paragraph("First line second line."),
                new ListItem("•", "one continued"),
                new ListItem("•", "two"),
                new ListItem("3.", "three"),
                new Code("a  b\n  c"),
                new Heading(2, "Next"));
    }

    @Test
    void readsBoldAndCodeSpans() {
        assertThat(InlineSpans.of("open **File** with `Ctrl+O` now")).containsExactly(
                new Span(Style.PLAIN, "open "), new Span(Style.BOLD, "File"), new Span(Style.PLAIN, " with "),
                new Span(Style.CODE, "Ctrl+O"), new Span(Style.PLAIN, " now"));
    }

    @Test
    void keepsAnUnclosedMarkAsText() {
        assertThat(InlineSpans.of("5 ** 2 and a `tick")).containsExactly(new Span(Style.PLAIN, "5 ** 2 and a `tick"));
    }
}
