package com.battlescope.ui.views;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A model's reasoning: scrollable, wrapping and selectable. Texts can be a megabyte, and laying out that
 * much wrapped text stalls the FX thread, so only the first {@link #SHOWN} characters are shown until the
 * user asks for all of it.
 */
public final class ReasoningArea extends VBox {
    public static final int SHOWN = 20_000;

    private final TextArea area = new TextArea();
    private final Button showAll = new Button();
    private String full = "";

    public ReasoningArea() {
        getStyleClass().add("reasoning-area");
        area.getStyleClass().add("reasoning-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        VBox.setVgrow(area, Priority.ALWAYS);
        showAll.getStyleClass().add("reasoning-show-all");
        showAll.setOnAction(e -> showAll());
        showAll.managedProperty().bind(showAll.visibleProperty());
        getChildren().addAll(area, showAll);
        setText("");
    }

    /** Shows a text, cut to {@link #SHOWN} characters when longer. */
    public void setText(String text) {
        full = text == null ? "" : text;
        boolean cut = full.length() > SHOWN;
        area.setText(cut ? full.substring(0, SHOWN) + "\n…" : full);
        area.positionCaret(0);
        area.setScrollTop(0);
        showAll.setText("Show all " + NumberFormat.getIntegerInstance(Locale.ROOT).format(full.length())
                + " characters");
        showAll.setVisible(cut);
    }

    public void showAll() {
        area.setText(full);
        area.positionCaret(0);
        showAll.setVisible(false);
    }

    /** The whole text, shown or not. */
    public String fullText() {
        return full;
    }

    /** The text on screen. */
    public String shownText() {
        return area.getText();
    }

    public boolean isCut() {
        return showAll.isVisible();
    }

    TextArea textArea() {
        return area;
    }
}
