package com.battlescope.ui.views;

import com.battlescope.ui.Jobs;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
    private final Jobs jobs;
    private final StackPane pane;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label error = new Label();
    private Jobs.Job current;
    private long generation;

    Loader(Jobs jobs, Node content, String idPrefix) {
        this.jobs = jobs;
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
        if (current != null) {
            current.cancel();
        }
        long mine = ++generation;
        progress.setVisible(true);
        error.setVisible(false);
        current = jobs.run(title, work, result -> {
            if (mine == generation) {
                progress.setVisible(false);
                apply.accept(result);
            }
        }, e -> {
            if (mine == generation) {
                progress.setVisible(false);
                error.setText(title + " failed: " + e.getMessage());
                error.setVisible(true);
            }
        });
    }

    /** Forgets any running load (e.g. when the battle is closed). */
    void cancel() {
        if (current != null) {
            current.cancel();
        }
        generation++;
        progress.setVisible(false);
        error.setVisible(false);
    }
}
