package com.battlescope.ui.index;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The status bar's part for the index: what it is doing, how far, and a button that stops a build. */
public final class IndexStatusItem {
    private IndexStatusItem() {
    }

    public static HBox of(IndexController controller) {
        Label text = new Label();
        text.setId("index-status-text");
        text.textProperty().bind(controller.messageProperty());
        text.setMaxWidth(360);
        ProgressBar bar = new ProgressBar();
        bar.setId("index-status-progress");
        bar.setPrefWidth(90);
        bar.progressProperty().bind(controller.progressProperty());
        Button cancel = new Button("Stop");
        cancel.setId("index-status-cancel");
        cancel.setTooltip(new Tooltip("Stop building the index; the app keeps reading the battle's files, and the "
                + "build resumes where it stopped the next time the battle is opened"));
        cancel.setOnAction(e -> controller.cancel());
        HBox box = new HBox(6, text, bar, cancel);
        box.setId("index-status");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(controller.runningProperty());
        box.managedProperty().bind(controller.runningProperty());
        return box;
    }
}
