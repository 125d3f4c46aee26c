package com.battlescope.ui.widgets;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A row of toggle buttons of which exactly one is selected (clicking the selected one keeps it). */
public final class ChoiceBar<E> extends HBox {
    private final ObjectProperty<E> value = new SimpleObjectProperty<>();
    private final ToggleGroup group = new ToggleGroup();

    /** Buttons get the id {@code idPrefix + "-" + idOf(value)}. */
    public ChoiceBar(String idPrefix, List<E> values, Function<E, String> label, Function<E, String> idOf, E initial) {
        getStyleClass().add("choice-bar");
        for (E v : values) {
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setId(idPrefix + "-" + idOf.apply(v));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setSelected(v.equals(initial));
            getChildren().add(b);
        }
        value.set(initial);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                E v = (E) now.getUserData();
                value.set(v);
            }
        });
    }

    public ObjectProperty<E> valueProperty() {
        return value;
    }

    public E value() {
        return value.get();
    }
}
