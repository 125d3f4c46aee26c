package com.battlescope.ui.maintenance;

import com.battlescope.service.UserMessages;
import com.battlescope.ui.widgets.TableFit;
import com.battlescope.service.maintenance.LogEntry;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.TableCount;
import com.battlescope.ui.Jobs;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Maintenance › Maintenance log: every action run on this machine, newest first, with its details. */
final class MaintenanceLogWindow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final MaintenanceLog log;
    private final Jobs jobs;
    private final Stage stage = new Stage();
    private final TableView<LogEntry> table = new TableView<>();
    private final TextArea details = new TextArea();
    private final Label file = new Label();

    MaintenanceLogWindow(Window owner, MaintenanceLog log, Jobs jobs) {
        this.log = log;
        this.jobs = jobs;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Maintenance log");
        table.setId("maintenance-log-table");
        TableFit.install(table);
        table.getColumns().add(column("Time", e -> TIME.format(e.time())));
        table.getColumns().add(column("Action", LogEntry::action));
        table.getColumns().add(column("Status", LogEntry::status));
        table.getColumns().add(column("Summary", LogEntry::summary));
        table.getColumns().add(column("Duration", e -> String.format(Locale.ROOT, "%.1f s", e.durationMs() / 1000.0)));
        table.getColumns().add(column("Folder", LogEntry::folder));
        table.getColumns().get(0).setPrefWidth(150);
        table.getColumns().get(3).setPrefWidth(460);
        table.getColumns().get(5).setPrefWidth(300);
        details.setId("maintenance-log-details");
        details.setEditable(false);
        details.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> details.setText(e == null ? ""
                : describe(e)));
        Button refresh = new Button("Refresh");
        refresh.setId("maintenance-log-refresh");
        refresh.setOnAction(e -> load());
        file.setText(log.file().toString());
        HBox top = new HBox(12, refresh, file);
        top.setPadding(new Insets(8));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        stage.setScene(new Scene(root, 1100, 600));
    }

    void show() {
        stage.show();
        load();
    }

    Stage stage() {
        return stage;
    }

    private void load() {
        jobs.run("Reading the maintenance log", log::entries, entries -> {
            List<LogEntry> newestFirst = new ArrayList<>(entries);
            java.util.Collections.reverse(newestFirst);
            table.setItems(FXCollections.observableArrayList(newestFirst));
            if (!newestFirst.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        }, e -> details.setText(UserMessages.of(e)));
    }

    private static TableColumn<LogEntry, String> column(String name, Function<LogEntry, String> value) {
        TableColumn<LogEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    static String describe(LogEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.action()).append(" — ").append(e.status()).append(" — ").append(e.folder()).append('\n');
        e.messages().forEach(m -> sb.append(m).append('\n'));
        if (!e.tables().isEmpty()) {
            sb.append("\nRows before → after:\n");
            for (TableCount t : e.tables()) {
                sb.append(String.format(Locale.ROOT, "  %s  %s: %d → %d (%+d)%n", t.file(), t.table(), t.before(),
                        t.after(), t.change()));
            }
        }
        if (!e.files().isEmpty()) {
            sb.append("\nFiles:\n");
            e.files().forEach(f -> sb.append("  ").append(f).append('\n'));
        }
        if (!e.warnings().isEmpty()) {
            sb.append("\nWarnings:\n");
            e.warnings().forEach(w -> sb.append("  ").append(w).append('\n'));
        }
        return sb.toString().strip();
    }
}
