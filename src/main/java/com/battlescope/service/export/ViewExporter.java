package com.battlescope.service.export;

import com.battlescope.service.view.ViewContent;
import java.nio.file.Path;

/** Writes one view to one file in the format its extension names: the same files from the GUI and the CLI. */
public final class ViewExporter {
    private final PngRenderer png;

    /** {@code png} may be null where no UI toolkit is available; PNG export then fails with a clear message. */
    public ViewExporter(PngRenderer png) {
        this.png = png;
    }

    public Path write(ViewContent content, Path file, int width, int height) {
        switch (ExportFormat.of(file)) {
            case CSV -> CsvWriter.write(content.table(), file);
            case SVG -> {
                if (content.isChart()) {
                    SvgChartWriter.write(content.chart(), file, width, height);
                } else {
                    SvgTableWriter.write(content.table(), content.title(), file, width, height);
                }
            }
            case PNG -> {
                if (png == null) {
                    throw new ExportException(file + ": PNG export needs the JavaFX toolkit, which is not available");
                }
                png.write(content, file, width, height);
            }
        }
        return file;
    }
}
