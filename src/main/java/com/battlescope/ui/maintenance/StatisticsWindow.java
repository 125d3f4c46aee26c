package com.battlescope.ui.maintenance;

import com.battlescope.service.UserMessages;
import com.battlescope.service.maintenance.DatabaseStatistics;
import com.battlescope.service.maintenance.MaintenanceResult;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * Maintenance › Database statistics: sizes per file, rows and indexes per table, the plan and time of the app's
 * main queries with the warnings (full scans, queries over budget), and the growth seen in earlier backups.
 * Measured in the background.
 */
final class StatisticsWindow {
    private final MaintenanceRunner runner;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label summary = new Label();

    StatisticsWindow(MaintenanceRunner runner) {
        this.runner = runner;
        if (runner.owner().get() != null) {
            stage.initOwner(runner.owner().get());
        }
        stage.setTitle("Database statistics");
        summary.setId("statistics-summary");
        summary.setWrapText(true);
        Button refresh = new Button("Measure again");
        refresh.setId("statistics-refresh");
        refresh.setOnAction(e -> measure());
        HBox top = new HBox(12, refresh, summary);
        top.setPadding(new Insets(8));
        root.setTop(top);
        stage.setScene(new Scene(root, 1100, 650));
    }

    void show() {
        stage.show();
        measure();
    }

    Stage stage() {
        return stage;
    }

    private void measure() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("statistics-busy");
        root.setCenter(busy);
        summary.setText("Measuring…");
        runner.runQuietly(new DatabaseStatistics(), this::show, e -> {
            root.setCenter(new Label(UserMessages.of(e)));
            summary.setText("Could not read the statistics");
        });
    }

    private void show(MaintenanceResult r) {
        TabPane tabs = new TabPane();
        tabs.setId("statistics-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Files", ResultTableView.of(r.detail("files"))));
        tabs.getTabs().add(new Tab("Tables", ResultTableView.of(r.detail("tables"))));
        tabs.getTabs().add(new Tab("Indexes", ResultTableView.of(r.detail("indexes"))));
        tabs.getTabs().add(new Tab("Queries", ResultTableView.of(r.detail("queries"))));
        if (!r.detail("growth").rows().isEmpty()) {
            tabs.getTabs().add(new Tab("Growth", ResultTableView.of(r.detail("growth"))));
        }
        ListView<String> warnings = new ListView<>();
        warnings.setId("statistics-warnings");
        warnings.getItems().setAll(r.warnings().isEmpty() ? java.util.List.of("No warnings: every main query uses an "
                + "index and stays within " + (int) DatabaseStatistics.BUDGET_MS + " ms") : r.warnings());
        tabs.getTabs().add(new Tab("Warnings (" + r.warnings().size() + ")", warnings));
        root.setCenter(tabs);
        summary.setText(r.summary());
    }
}
