package com.battlescope.ui.shell;

import com.battlescope.service.BattleOverview;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.Jobs;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The main window's status bar: the open folder, its warnings and summary, a short message (exports, copies) and
 * the running background job.
 */
final class MainStatusBar {
    static final String NOTHING_OPEN = "No battle open";
    static final double PLACE_MIN_WIDTH = 180;
    static final double MESSAGE_MAX_WIDTH = 360;
    /** A running task's message keeps this much room (what it copies, how far), and may take a little more. */
    static final double TASK_MESSAGE_MIN_WIDTH = 420;
    static final double TASK_MESSAGE_MAX_WIDTH = 460;
    private final StatusBar status = new StatusBar();
    private final Label summary = new Label();
    private final Label warning = new Label();
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");
    /** A task's own progress (a copy to a server), beside its message and Cancel. */
    private final ProgressBar taskProgress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    MainStatusBar(ObservableValue<BattleOverview> overview, Jobs jobs) {
        status.setId("status-bar");
        summary.setId("status-summary");
        warning.setId("status-warning");
        warning.setStyle("-fx-text-fill: #b45309;");
        warning.setMaxWidth(640);
        message.setId("status-message");
        // a message cut at the slot's width (a finished copy's summary) is whole in its tooltip
        Tooltip wholeMessage = new Tooltip();
        wholeMessage.textProperty().bind(message.textProperty());
        message.setTooltip(wholeMessage);
        message.setMaxWidth(MESSAGE_MAX_WIDTH);
        summary.setMinWidth(120);
        // the texts fill the bar's height, so they sit level with a task's Cancel button
        for (Label l : new Label[] {summary, warning, message}) {
            l.setMaxHeight(Double.MAX_VALUE);
        }
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
        taskProgress.setId("status-task-progress");
        taskProgress.setPrefWidth(140);
        taskProgress.setMinWidth(Region.USE_PREF_SIZE);
        taskProgress.setVisible(false);
        // a running task keeps its words, bar and button whole; the battle's summary gives way
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox taskBar = new HBox(taskProgress);
        taskBar.setAlignment(Pos.CENTER);
        taskBar.setPadding(new Insets(0, 6, 0, 6));
        taskBar.visibleProperty().bind(taskProgress.visibleProperty());
        taskBar.managedProperty().bind(taskProgress.visibleProperty());
        status.getRightItems().addAll(warning, message, taskBar, cancel, messageGap, summary);
        if (jobs instanceof FxJobs fx) {
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setPrefWidth(90);
            // a task showing its own progress is not shown twice
            bar.visibleProperty().bind(fx.runningProperty().greaterThan(0).and(taskProgress.visibleProperty().not()));
            bar.managedProperty().bind(bar.visibleProperty());
            Label job = new Label();
            job.setId("status-job");
            job.textProperty().bind(fx.currentProperty());
            job.setMaxWidth(220);
            job.visibleProperty().bind(taskProgress.visibleProperty().not());
            job.managedProperty().bind(job.visibleProperty());
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

    /**
     * A long task in the message slot, with its progress bar (indeterminate until {@link #showProgress}) and a Cancel
     * button that runs {@code onCancel}.
     */
    void showTask(String text, Runnable onCancel) {
        message.setText(text);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            onCancel.run();
        });
        cancel.setDisable(false);
        cancel.setVisible(true);
        cancel.setManaged(true);
        taskProgress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        taskProgress.setVisible(true);
        message.setMinWidth(TASK_MESSAGE_MIN_WIDTH);
        message.setMaxWidth(TASK_MESSAGE_MAX_WIDTH);
    }

    /** The running task's progress: {@code fraction} 0..1 done, negative while it cannot tell; and its message. */
    void showProgress(double fraction, String text) {
        message.setText(text);
        taskProgress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
    }

    /** The task ended: its Cancel button goes, {@code text} stays. */
    void endTask(String text) {
        cancel.setVisible(false);
        cancel.setManaged(false);
        taskProgress.setVisible(false);
        message.setMinWidth(Region.USE_COMPUTED_SIZE);
        message.setMaxWidth(MESSAGE_MAX_WIDTH);
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
