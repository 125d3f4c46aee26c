package com.battlescope.service.export;

import com.battlescope.service.view.ViewContent;
import java.nio.file.Path;

/** Draws a view as a PNG file. Drawing needs the UI toolkit, so the UI layer supplies it (see ui.export). */
@FunctionalInterface
public interface PngRenderer {
    void write(ViewContent content, Path file, int width, int height);
}
