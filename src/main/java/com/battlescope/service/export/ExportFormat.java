package com.battlescope.service.export;

import java.nio.file.Path;
import java.util.Locale;

/** The export formats, picked by the file's extension. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException(file + ": unknown export format '" + ext + "' (use .png, .svg or .csv)");
    }
}
