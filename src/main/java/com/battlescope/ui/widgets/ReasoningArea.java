package com.battlescope.ui.widgets;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A model's reasoning: scrollable, wrapping and selectable. Texts can be a megabyte, and a TextArea laying
 * out that much wrapped text stalls the FX thread for seconds (measured: 4 s here), so a long text is shown
 * in parts of about {@link #PART} characters with ◀/▶ to move between them and "Copy all" for the whole.
 */
public final class ReasoningArea extends VBox {
    public static final int PART = 10_000;
    /** How far back from a part's end a line break or space is looked for, so words stay whole. */
    private static final int BREAK_SEARCH = 400;

    private final TextArea area = new TextArea();
    private final Button previous = new Button("◀");
    private final Button next = new Button("▶");
    private final Label partLabel = new Label();
    private final Button copy = new Button("Copy all");
    private final HBox pager = new HBox(6, previous, partLabel, next, copy);
    private String full = "";
    private List<Integer> starts = List.of(0);
    private int part;

    public ReasoningArea() {
        getStyleClass().add("reasoning-area");
        setSpacing(4);
        area.getStyleClass().add("reasoning-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        VBox.setVgrow(area, Priority.ALWAYS);
        previous.getStyleClass().add("reasoning-previous-part");
        next.getStyleClass().add("reasoning-next-part");
        partLabel.getStyleClass().add("reasoning-part");
        copy.getStyleClass().add("reasoning-copy");
        previous.setOnAction(e -> showPart(part - 1));
        next.setOnAction(e -> showPart(part + 1));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(full);
            Clipboard.getSystemClipboard().setContent(content);
        });
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.managedProperty().bind(pager.visibleProperty());
        getChildren().addAll(area, pager);
        setText("");
    }

    /** Shows a text from its first part. */
    public void setText(String text) {
        full = text == null ? "" : text;
        starts = partStarts(full);
        showPart(0);
    }

    public void showPart(int i) {
        if (i < 0 || i >= starts.size()) {
            return;
        }
        part = i;
        int end = i + 1 < starts.size() ? starts.get(i + 1) : full.length();
        area.setText(full.substring(starts.get(i), end));
        area.positionCaret(0);
        area.setScrollTop(0);
        previous.setDisable(i == 0);
        next.setDisable(i == starts.size() - 1);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        partLabel.setText("Part " + (i + 1) + " of " + starts.size() + " · " + n.format(full.length())
                + " characters");
        pager.setVisible(starts.size() > 1);
    }

    /** Start offsets of the parts: about PART characters each, ending after a line break or space when near. */
    public static List<Integer> partStarts(String text) {
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (true) {
            out.add(start);
            if (text.length() - start <= PART) {
                return out;
            }
            int end = start + PART;
            int newline = text.lastIndexOf('\n', end - 1);
            int space = text.lastIndexOf(' ', end - 1);
            int brk = newline >= end - BREAK_SEARCH ? newline : space >= end - BREAK_SEARCH ? space : -1;
            start = brk > start ? brk + 1 : end;
        }
    }

    /** The whole text, shown or not. */
    public String fullText() {
        return full;
    }

    /** The text on screen. */
    public String shownText() {
        return area.getText();
    }

    /** 0-based part shown. */
    public int part() {
        return part;
    }

    public int parts() {
        return starts.size();
    }

    public TextArea textArea() {
        return area;
    }
}
