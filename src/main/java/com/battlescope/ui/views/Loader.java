package com.battlescope.ui.views;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
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

    /**
     * Keeps {@code table}'s placeholder true to why it has no rows: {@code noBattle} only while no battle is open,
     * nothing while loading (the indicator shows), {@code empty} once a load found no rows.
     */
    static void placeholder(TableView<?> table, ObservableValue<?> battle, ObservableValue<Boolean> loading,
                            String noBattle, String empty) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(
                () -> placeholderText(battle.getValue() != null, Boolean.TRUE.equals(loading.getValue()), noBattle, empty),
                battle, loading));
        table.setPlaceholder(label);
    }

    static String placeholderText(boolean battleOpen, boolean loading, String noBattle, String empty) {
        return !battleOpen ? noBattle : loading ? "" : empty;
    }
}
