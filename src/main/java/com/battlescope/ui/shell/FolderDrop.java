package com.battlescope.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The two ways to pick a folder besides the recent list: dropping it on the window and the folder chooser. */
final class FolderDrop {
    private FolderDrop() {
    }

    /** A folder (or file) dropped on {@code target} is opened; of several, the first. */
    static void install(Node target, Consumer<Path> open) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open.accept(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Asks for a folder, starting beside the last one opened; null when cancelled. */
    static Path choose(Window owner, Path last) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open battle data folder");
        chooser.setInitialDirectory(startAt(last));
        File dir = chooser.showDialog(owner);
        return dir == null ? null : dir.toPath();
    }

    /**
     * Where the chooser starts: the folder holding the last one opened (its siblings are the likely next), the last
     * one itself when it has no existing parent, nothing when it is gone.
     */
    static File startAt(Path last) {
        if (last == null || !Files.isDirectory(last)) {
            return null;
        }
        Path parent = last.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toFile() : last.toFile();
    }
}
