package com.battlescope.ui.widgets;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A label with its control, never shortened: toolbars put these in a FlowPane so that a narrow window wraps them. */
public final class Labelled {
    private Labelled() {
    }

    public static HBox of(String label, Region control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
