package com.battlescope.ui.export;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without a display for command-line image export: Monocle's headless glass and the
 * software renderer, so {@code export --out x.png} runs on servers and in cron with no DISPLAY.
 */
public final class HeadlessFx {
    /** Held so the level set on it is not lost to garbage collection. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit once (no-op when it already runs, e.g. inside the app or a UI test). */
    public static synchronized void start() {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("headless.geometry", "1600x1000-32");
        // JavaFX warns about running from the class path on every start: noise on a command's stderr
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up already: use it as it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
