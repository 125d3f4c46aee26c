package com.battlescope.ui;

import com.battlescope.model.ModelPalette;
import javafx.application.Application;
import javafx.scene.Scene;

/** The app's look: AtlantaFX Primer (light or dark) as the user-agent stylesheet, and the app's own CSS on a scene. */
public final class Theme {
    private static volatile boolean dark;

    private Theme() {
    }

    public static boolean isDark() {
        return dark;
    }

    /** A model's colour (from the light {@link ModelPalette}) as drawn in the current theme. */
    public static String seriesColor(String lightHex) {
        return dark ? ModelPalette.onDark(lightHex) : lightHex;
    }

    /** Switches every window to the light or dark theme (views read again to redraw their series in its colours). */
    public static void apply(boolean dark) {
        Theme.dark = dark;
        // the stylesheet resource, not the theme classes: AtlantaFX 2.1 classes are Java 21 bytecode
        String css = dark ? "/atlantafx/base/theme/primer-dark.css" : "/atlantafx/base/theme/primer-light.css";
        Application.setUserAgentStylesheet(Theme.class.getResource(css).toExternalForm());
    }

    /** Adds the app's stylesheet to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/com/battlescope/ui/app.css").toExternalForm());
    }
}
