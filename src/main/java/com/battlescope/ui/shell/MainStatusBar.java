package com.battlescope.ui.shell;

import com.battlescope.service.BattleOverview;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.Jobs;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The main window's status bar: the open folder, its warnings and summary, a short message (exports, copies) and
 * the running background job.
 */
final class MainStatusBar {
    static final String NOTHING_OPEN = "No battle open";
    static final double PLACE_MIN_WIDTH = 180;
    private final StatusBar status = new StatusBar();
    private final Label summary = new Label();
    private final Label warning = new Label();
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");

    MainStatusBar(ObservableValue<BattleOverview> overview, Jobs jobs) {
        status.setId("status-bar");
        summary.setId("status-summary");
        warning.setId("status-warning");
        warning.setStyle("-fx-text-fill: #b45309;");
        warning.setMaxWidth(640);
        message.setId("status-message");
        message.setMaxWidth(360);
        summary.setMinWidth(120);
        show(null);
        overview.addListener((o, was, now) -> show(now));
        // the place keeps its end (the folder's name) and some room when the items on the right crowd it
        status.skinProperty().addListener((o, was, skin) -> {
            if (status.lookup(".status-label") instanceof Label place) {
                place.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
                place.setMinWidth(PLACE_MIN_WIDTH);
            }
        });
        Region messageGap = new Region();
        messageGap.setPrefWidth(16);
        cancel.setId("status-cancel");
        cancel.setVisible(false);
        cancel.setManaged(false);
        status.getRightItems().addAll(warning, message, cancel, messageGap, summary);
        if (jobs instanceof FxJobs fx) {
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setPrefWidth(90);
            bar.visibleProperty().bind(fx.runningProperty().greaterThan(0));
            Label job = new Label();
            job.setId("status-job");
            job.textProperty().bind(fx.currentProperty());
            job.setMaxWidth(220);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(fx.currentProperty());
            job.setTooltip(whole);
            Region gap = new Region();
            gap.setPrefWidth(12);
            status.getRightItems().addAll(gap, job, bar);
        }
    }

    StatusBar node() {
        return status;
    }

    void addItem(javafx.scene.Node node) {
        status.getRightItems().add(0, node);
    }

    void showMessage(String text) {
        message.setText(text);
    }

    /** A long task's progress in the message slot, with a Cancel button that runs {@code onCancel}. */
    void showTask(String text, Runnable onCancel) {
        message.setText(text);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            onCancel.run();
        });
        cancel.setDisable(false);
        cancel.setVisible(true);
        cancel.setManaged(true);
    }

    /** The task ended: its Cancel button goes, {@code text} stays. */
    void endTask(String text) {
        cancel.setVisible(false);
        cancel.setManaged(false);
        message.setText(text);
    }

    private void show(BattleOverview b) {
        status.setText(b == null ? NOTHING_OPEN : b.place());
        summary.setText(b == null ? "" : b.summary());
        summary.setTooltip(b == null || b.latestSnapshot() == null ? null
                : new Tooltip("Last snapshot " + b.latestSnapshot().text()));
        warning.setText(b == null ? "" : b.warningText());
        warning.setTooltip(b == null || b.warnings().isEmpty() ? null
                : new Tooltip(String.join("\n", b.warnings())));
    }
}
