package com.battlescope.ui.index;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The status bar's part for the index: what it is doing, how far, and a button that stops a build. */
public final class IndexStatusItem {
    private IndexStatusItem() {
    }

    public static HBox of(IndexController controller) {
        Label text = new Label();
        text.setId("index-status-text");
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            double p = controller.progressProperty().get();
            return p < 0 ? "Index: checking…" : String.format(java.util.Locale.ROOT, "Index: %.0f %%", p * 100);
        }, controller.progressProperty()));
        text.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip details = new Tooltip();
        details.textProperty().bind(controller.messageProperty());
        text.setTooltip(details);
        ProgressBar bar = new ProgressBar();
        bar.setId("index-status-progress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(controller.progressProperty());
        Button cancel = new Button("Stop");
        cancel.setId("index-status-cancel");
        cancel.setTooltip(new Tooltip("Stop building the index; the app keeps reading the battle's files, and the "
                + "build resumes where it stopped the next time the battle is opened"));
        cancel.setOnAction(e -> controller.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, text, bar, cancel);
        box.setId("index-status");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(controller.runningProperty());
        box.managedProperty().bind(controller.runningProperty());
        return box;
    }
}
