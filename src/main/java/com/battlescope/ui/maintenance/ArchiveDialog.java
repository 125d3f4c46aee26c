package com.battlescope.ui.maintenance;

import com.battlescope.model.Stamp;
import com.battlescope.service.maintenance.ArchiveOldData;
import com.battlescope.service.maintenance.ArchiveTable;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Maintenance › Archive old data: the date before which rows move, which tables, and the archive file. */
final class ArchiveDialog extends Dialog<ArchiveOldData> {
    static final ButtonType NEXT = new ButtonType("Next…", ButtonBar.ButtonData.OK_DONE);
    private final DatePicker before = new DatePicker();
    private final TextField target = new TextField();
    private final Map<ArchiveTable, CheckBox> tables = new EnumMap<>(ArchiveTable.class);

    /**
     * @param suggested the default date (a month before the latest snapshot), or null
     * @param archive   the default archive file
     */
    ArchiveDialog(Window owner, LocalDate suggested, Path archive) {
        this(owner, suggested, archive, null);
    }

    /**
     * @param archiveSchema on a server battle, the schema that receives the detached month partitions (the archive
     *                      there is always {@code hourly_snapshots} and {@code decision_log}, moved by whole months, so
     *                      neither a file nor tables are asked for); null for a folder
     */
    ArchiveDialog(Window owner, LocalDate suggested, Path archive, String archiveSchema) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Archive old data");
        setHeaderText("Move rows older than a date into an archive database (the next step shows exactly what moves)");
        getDialogPane().setId("archive-dialog");
        before.setId("archive-before");
        before.setValue(suggested);
        target.setId("archive-target");
        target.setText(archive.toString());
        target.setPrefColumnCount(40);
        Button choose = new Button("Choose…");
        choose.setId("archive-choose");
        choose.setOnAction(e -> chooseFile());
        HBox file = new HBox(6, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);
        VBox boxes = new VBox(4);
        for (ArchiveTable t : ArchiveTable.values()) {
            CheckBox box = new CheckBox(label(t));
            box.setId("archive-table-" + t.name().toLowerCase(java.util.Locale.ROOT));
            box.setSelected(true);
            tables.put(t, box);
            boxes.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Rows older than"), before);
        if (archiveSchema == null) {
            grid.addRow(1, new Label("Tables"), boxes);
            grid.addRow(2, new Label("Archive file"), file);
        } else {
            setHeaderText("Move the month partitions that end before a date into an archive schema on the server"
                    + " (the next step shows exactly what moves)");
            tables.forEach((t, box) -> box.setSelected(t == ArchiveTable.SNAPSHOTS || t == ArchiveTable.DECISIONS));
            Label what = new Label("hourly_snapshots and decision_log, whole months (the month holding the date stays)");
            what.setId("archive-server-tables");
            Label schema = new Label(archiveSchema);
            schema.setId("archive-schema");
            grid.addRow(1, new Label("Tables"), what);
            grid.addRow(2, new Label("Archive schema"), schema);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(NEXT, ButtonType.CANCEL);
        BooleanBinding noTable = Bindings.createBooleanBinding(() -> tables.values().stream().noneMatch(
                CheckBox::isSelected), tables.values().stream().map(CheckBox::selectedProperty).toArray(
                javafx.beans.Observable[]::new));
        Node next = getDialogPane().lookupButton(NEXT);
        next.disableProperty().bind(before.valueProperty().isNull().or(target.textProperty().isEmpty()).or(noTable));
        setResultConverter(b -> b == NEXT ? task() : null);
    }

    ArchiveOldData task() {
        Set<ArchiveTable> chosen = EnumSet.noneOf(ArchiveTable.class);
        tables.forEach((t, box) -> {
            if (box.isSelected()) {
                chosen.add(t);
            }
        });
        return new ArchiveOldData(Stamp.parse(before.getValue().toString()), Path.of(target.getText().trim()), chosen);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Archive database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQLite database", "*.db", "*.sqlite"));
        Path current = Path.of(target.getText().trim()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            target.setText(f.getAbsolutePath());
        }
    }

    private static String label(ArchiveTable t) {
        return switch (t) {
            case SNAPSHOTS -> "Hourly snapshots (by timestamp)";
            case DECISIONS -> "Decisions (by timestamp)";
            case TRADES -> "Trades (by exit time)";
            case LEADERBOARD -> "Leaderboard snapshots (by snapshot time)";
        };
    }
}
