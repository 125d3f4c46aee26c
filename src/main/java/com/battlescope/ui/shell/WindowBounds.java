package com.battlescope.ui.shell;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: the size and place it last had when that still lies on a screen (shrunk to the
 * screen when the screen got smaller), else 90 % of the primary screen, centred (all of a screen smaller than
 * 1422 x 889, so that a laptop's 1280 x 800 gets the size every page is laid out for). Never larger than the screen.
 */
public record WindowBounds(double x, double y, double width, double height) {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final double SHARE_OF_SCREEN = 0.9;
    /** Every page is checked to show whole at this size (ReadableHeadersTest). */
    static final double MIN_WIDTH = 1280;
    static final double MIN_HEIGHT = 800;

    /**
     * @param primary the primary screen's visual bounds (without task bars)
     * @param screens every screen's visual bounds (the primary among them)
     * @param saved   the last bounds used, or null the first time
     */
    public static WindowBounds choose(Rectangle2D primary, List<Rectangle2D> screens, WindowBounds saved) {
        if (saved != null && saved.width() > 0 && saved.height() > 0) {
            for (Rectangle2D s : screens) {
                // the window's title bar area (its top-left corner) must be on that screen
                if (s.contains(saved.x() + 1, saved.y() + 1)) {
                    double w = Math.min(saved.width(), s.getWidth());
                    double h = Math.min(saved.height(), s.getHeight());
                    double x = Math.max(s.getMinX(), Math.min(saved.x(), s.getMaxX() - w));
                    double y = Math.max(s.getMinY(), Math.min(saved.y(), s.getMaxY() - h));
                    return new WindowBounds(x, y, w, h);
                }
            }
        }
        double w = share(primary.getWidth(), MIN_WIDTH);
        double h = share(primary.getHeight(), MIN_HEIGHT);
        return new WindowBounds(primary.getMinX() + Math.floor((primary.getWidth() - w) / 2),
                primary.getMinY() + Math.floor((primary.getHeight() - h) / 2), w, h);
    }

    /** 90 % of a screen side, or all of it when 90 % would be less than the size every page is laid out for. */
    private static double share(double side, double least) {
        double part = Math.floor(side * SHARE_OF_SCREEN);
        return part >= least ? part : side;
    }

    /** The bounds stored by {@link #save}, or null when none (or only the size of an older version) were. */
    public static WindowBounds load(Preferences prefs) {
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        double w = prefs.getDouble(WIDTH, Double.NaN);
        double h = prefs.getDouble(HEIGHT, Double.NaN);
        return Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(w) || Double.isNaN(h) ? null
                : new WindowBounds(x, y, w, h);
    }

    public void save(Preferences prefs) {
        prefs.putDouble(X, x);
        prefs.putDouble(Y, y);
        prefs.putDouble(WIDTH, width);
        prefs.putDouble(HEIGHT, height);
    }
}
