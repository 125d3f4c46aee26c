package com.battlescope.ui.views;

import com.battlescope.service.UserMessages;
import com.battlescope.ui.Jobs;
import com.battlescope.ui.LatestJob;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/**
 * Runs a view's loads through {@link Jobs} with a progress indicator over the content; a newer load cancels the
 * older one, and a failure is shown over the content instead of the result.
 */
final class Loader {
    private final LatestJob latest;
    private final StackPane pane;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label error = new Label();

    Loader(Jobs jobs, Node content, String idPrefix) {
        this.latest = new LatestJob(jobs);
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

    boolean loading() {
        return progress.isVisible();
    }

    <T> void load(String title, Callable<T> work, Consumer<T> apply) {
        progress.setVisible(true);
        error.setVisible(false);
        latest.run(title, work, result -> {
            progress.setVisible(false);
            apply.accept(result);
        }, e -> {
            progress.setVisible(false);
            error.setText(UserMessages.failed(title, e));
            error.setVisible(true);
        });
    }

    /** Shows a view model's load instead: the indicator while {@code loading}, a non-empty {@code error} over the content. */
    void bind(ObservableValue<Boolean> loading, ObservableValue<String> failure) {
        progress.visibleProperty().bind(loading);
        error.textProperty().bind(failure);
        error.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> failure.getValue() != null && !failure.getValue().isEmpty(), failure));
    }

    /** Forgets any running load (e.g. when the battle is closed). */
    void cancel() {
        latest.cancel();
        progress.setVisible(false);
        error.setVisible(false);
    }
}
