package com.battlescope.ui.export;

import com.battlescope.service.export.ExportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Save dialogs for exports that open in the folder of the last export (kept in {@link Preferences} across runs). */
public final class ExportChooser {
    private static final String KEY = "export.lastFolder";
    private final Preferences prefs;

    public ExportChooser(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The folder of the last export if it still exists, else the home folder. */
    public Path lastFolder() {
        String last = prefs.get(KEY, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of an exported file, or the folder itself for export-all. */
    public void remember(Path fileOrFolder) {
        Path abs = fileOrFolder.toAbsolutePath();
        Path folder = Files.isDirectory(abs) ? abs : abs.getParent();
        if (folder != null) {
            prefs.put(KEY, folder.toString());
        }
    }

    /** A save dialog in the last folder, proposing {@code baseName.ext} of the first format, one filter per format. */
    public FileChooser saveChooser(String title, String baseName, ExportFormat... formats) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(lastFolder().toFile());
        for (ExportFormat f : formats) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    f.name() + " (*." + f.extension() + ")", "*." + f.extension()));
        }
        if (formats.length > 0) {
            chooser.setInitialFileName(baseName + "." + formats[0].extension());
        }
        return chooser;
    }

    /** Shows the save dialog; the chosen file (with the filter's extension added when missing) or null. */
    public Path showSave(Window owner, String title, String baseName, ExportFormat... formats) {
        FileChooser chooser = saveChooser(title, baseName, formats);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        Path path = withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), formats);
        remember(path);
        return path;
    }

    /** Shows a folder dialog for export-all; the chosen folder or null. */
    public Path showFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(lastFolder().toFile());
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return null;
        }
        remember(dir.toPath());
        return dir.toPath();
    }

    static Path withExtension(Path file, FileChooser.ExtensionFilter filter, ExportFormat... formats) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : formats) {
            if (name.endsWith("." + f.extension())) {
                return file;
            }
        }
        String ext = filter != null ? filter.getExtensions().get(0).substring(1)
                : formats.length > 0 ? "." + formats[0].extension() : "";
        return file.resolveSibling(file.getFileName() + ext);
    }
}
