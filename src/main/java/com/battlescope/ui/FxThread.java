package com.battlescope.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** The one "run this on the FX thread" helper: at once when already there, else queued with {@code runLater}. */
public final class FxThread {
    private FxThread() {
    }

    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Runs {@code r} on the FX thread after {@code delay}; the returned job stops the timer. */
    public static Jobs.Job after(Duration delay, Runnable r) {
        PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        timer.setOnFinished(e -> r.run());
        run(timer::play);
        return () -> run(timer::stop);
    }
}
