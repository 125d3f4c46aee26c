package com.battlescope.ui.maintenance;

import com.battlescope.ui.FxThread;
import com.battlescope.service.maintenance.MaintenanceProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with the running action's progress and, where the action can stop safely, a Cancel button.
 * The action reports from its background thread; the window updates on the FX thread.
 */
final class ProgressWindow implements MaintenanceProgress {
    private final Stage stage = new Stage();
    private final Label message = new Label("Starting…");
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ProgressWindow(Window owner, String title, boolean cancellable) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        message.setId("maintenance-progress-message");
        bar.setId("maintenance-progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("maintenance-progress-cancel");
        cancel.setDisable(!cancellable);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
            message.setText("Cancelling: rolling back…");
        });
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, message, bar, buttons);
        VBox.setVgrow(bar, Priority.NEVER);
        box.setPadding(new Insets(14));
        box.setPrefWidth(460);
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (!cancel.isDisabled()) {
                cancel.fire();
            }
        });
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.hide();
    }

    @Override
    public void update(double fraction, String text) {
        Runnable r = () -> {
            if (!cancelled.get()) {
                message.setText(text);
            }
            bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
        };
        FxThread.run(r);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
