package com.battlescope.ui.shell;

import com.battlescope.service.BattleOverview;
import com.battlescope.ui.FxJobs;
import com.battlescope.ui.Jobs;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
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
    private final StatusBar status = new StatusBar();
    private final Label summary = new Label();
    private final Label warning = new Label();
    private final Label message = new Label();

    MainStatusBar(ObservableValue<BattleOverview> overview, Jobs jobs) {
        status.setId("status-bar");
        summary.setId("status-summary");
        warning.setId("status-warning");
        warning.setStyle("-fx-text-fill: #b45309;");
        warning.setMaxWidth(640);
        message.setId("status-message");
        show(null);
        overview.addListener((o, was, now) -> show(now));
        Region messageGap = new Region();
        messageGap.setPrefWidth(16);
        status.getRightItems().addAll(warning, message, messageGap, summary);
        if (jobs instanceof FxJobs fx) {
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setPrefWidth(90);
            bar.visibleProperty().bind(fx.runningProperty().greaterThan(0));
            Label job = new Label();
            job.textProperty().bind(fx.currentProperty());
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

    private void show(BattleOverview b) {
        status.setText(b == null ? NOTHING_OPEN : b.folder().toString());
        summary.setText(b == null ? "" : b.summary());
        summary.setTooltip(b == null || b.latestSnapshot() == null ? null
                : new Tooltip("Last snapshot " + b.latestSnapshot().text()));
        warning.setText(b == null ? "" : b.warningText());
        warning.setTooltip(b == null || b.warnings().isEmpty() ? null
                : new Tooltip(String.join("\n", b.warnings())));
    }
}
