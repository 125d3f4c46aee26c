package com.battlescope.ui.views;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * Shows a page's load over its content: a progress indicator while its view model loads, and a failure over the
 * content instead of the result (the loading itself is {@link PageViewModel}'s).
 */
final class Loader {
    private final StackPane pane;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label error = new Label();

    Loader(Node content, String idPrefix) {
        progress.setId(idPrefix + "-progress");
        progress.setMaxSize(48, 48);
        progress.setVisible(false);
        error.setId(idPrefix + "-error");
        error.getStyleClass().add("view-error");
        error.setWrapText(true);
        error.setVisible(false);
        pane = new StackPane(content, progress, error);
        StackPane.setAlignment(error, Pos.TOP_CENTER);
    }

    StackPane pane() {
        return pane;
    }

    /** The indicator while {@code loading}, a non-empty {@code failure} over the content. */
    void bind(ObservableValue<Boolean> loading, ObservableValue<String> failure) {
        progress.visibleProperty().bind(loading);
        error.textProperty().bind(failure);
        error.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> failure.getValue() != null && !failure.getValue().isEmpty(), failure));
    }
}
