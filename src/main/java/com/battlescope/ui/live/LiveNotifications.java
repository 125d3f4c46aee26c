package com.battlescope.ui.live;

import com.battlescope.service.live.LiveEvent;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows live events as ControlsFX notifications in the corner of the app's window: at most a few per poll,
 * the rest summed up in one, so a burst of new highs does not bury the screen.
 */
public final class LiveNotifications implements Consumer<List<LiveEvent>> {
    static final int MAX_PER_POLL = 3;
    private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);

    @Override
    public void accept(List<LiveEvent> events) {
        if (Window.getWindows().isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.min(events.size(), MAX_PER_POLL); i++) {
            show(events.get(i));
        }
        if (events.size() > MAX_PER_POLL) {
            show(Notifications.create().title("Live").text((events.size() - MAX_PER_POLL) + " more events"), false);
        }
    }

    private static void show(LiveEvent e) {
        boolean warning = e.kind() == LiveEvent.Kind.LARGE_LOSS || e.kind() == LiveEvent.Kind.NEW_MAX_DRAWDOWN;
        show(Notifications.create().title(title(e.kind())).text(e.message()), warning);
    }

    private static void show(Notifications n, boolean warning) {
        n.position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(6));
        try {
            if (warning) {
                n.showWarning();
            } else {
                n.showInformation();
            }
        } catch (RuntimeException ex) {
            // a notification that cannot find a window must not stop live mode
            LOG.warn("cannot show a live notification: {}", ex.toString());
        }
    }

    static String title(LiveEvent.Kind kind) {
        return switch (kind) {
            case NEW_LEADER -> "New leader";
            case NEW_HIGH -> "New high";
            case NEW_MAX_DRAWDOWN -> "Deepest drawdown";
            case LARGE_LOSS -> "Large loss";
        };
    }
}
