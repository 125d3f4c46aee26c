package com.battlescope.ui.maintenance;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Maintenance › Back up: the folder in which a timestamped backup folder is made. */
final class BackupDialog extends Dialog<Path> {
    static final ButtonType BACK_UP = new ButtonType("Back up", ButtonBar.ButtonData.OK_DONE);
    private final TextField folder = new TextField();

    BackupDialog(Window owner, Path suggested) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Back up");
        setHeaderText("Copy the battle's databases into a new folder battle-backup-<time> (safe while the engine writes)");
        getDialogPane().setId("backup-dialog");
        folder.setId("backup-folder");
        folder.setText(suggested.toString());
        folder.setPrefColumnCount(40);
        Button choose = new Button("Choose…");
        choose.setId("backup-choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Backup folder");
            File current = Path.of(folder.getText().trim()).toAbsolutePath().toFile();
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File f = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                folder.setText(f.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        VBox box = new VBox(8, new Label("Backup folder"), row);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(BACK_UP, ButtonType.CANCEL);
        getDialogPane().lookupButton(BACK_UP).disableProperty().bind(folder.textProperty().isEmpty());
        setResultConverter(b -> b == BACK_UP ? Path.of(folder.getText().trim()) : null);
    }
}
