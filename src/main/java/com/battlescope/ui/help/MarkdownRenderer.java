package com.battlescope.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Turns markdown blocks into JavaFX nodes (styled by {@code guide.css}); a heading's node carries its block as user data. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static List<Node> render(List<MarkdownBlock> blocks) {
        List<Node> nodes = new ArrayList<>();
        for (MarkdownBlock block : blocks) {
            nodes.add(node(block));
        }
        return nodes;
    }

    private static Node node(MarkdownBlock block) {
        // instanceof chain: pattern matching in switch is not final in Java 17
        if (block instanceof MarkdownBlock.Heading h) {
            return heading(h);
        } else if (block instanceof MarkdownBlock.ListItem item) {
            return listItem(item);
        } else if (block instanceof MarkdownBlock.Code c) {
            return code(c);
        }
        return flow(((MarkdownBlock.Paragraph) block).text(), "guide-paragraph");
    }

    private static Node heading(MarkdownBlock.Heading h) {
        TextFlow flow = flow(h.text(), "guide-heading");
        flow.getStyleClass().add("guide-h" + h.level());
        flow.setUserData(h);
        return flow;
    }

    private static Node listItem(MarkdownBlock.ListItem item) {
        Label marker = new Label(item.marker());
        marker.getStyleClass().add("guide-marker");
        marker.setMinWidth(24);
        TextFlow text = flow(item.text(), "guide-list-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(4, marker, text);
        row.getStyleClass().add("guide-list-item");
        return row;
    }

    private static Node code(MarkdownBlock.Code c) {
        Label label = new Label(c.text());
        label.getStyleClass().add("guide-code-block");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static TextFlow flow(String markdown, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (InlineSpans.Span span : InlineSpans.of(markdown)) {
            Text text = new Text(span.text());
            text.getStyleClass().add("guide-text");
            switch (span.style()) {
                case BOLD -> text.getStyleClass().add("guide-bold");
                case CODE -> text.getStyleClass().add("guide-code");
                default -> { }
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
