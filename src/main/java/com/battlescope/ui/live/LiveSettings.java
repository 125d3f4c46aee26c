package com.battlescope.ui.live;

import com.battlescope.service.live.LiveRules;
import java.time.Duration;

/**
 * How live mode behaves: how often it looks for new rows, whether events pop up as notifications at all, and
 * which events count. Quiet by default: no notifications until the user turns them on.
 */
public record LiveSettings(Duration pollInterval, boolean notifications, LiveRules rules) {
    public static final LiveSettings DEFAULT = new LiveSettings(Duration.ofSeconds(2), false, LiveRules.QUIET);

    public LiveSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the polling interval must be positive");
        }
    }

    public LiveSettings withPollInterval(Duration interval) {
        return new LiveSettings(interval, notifications, rules);
    }

    public LiveSettings withNotifications(boolean on) {
        return new LiveSettings(pollInterval, on, rules);
    }

    public LiveSettings withRules(LiveRules newRules) {
        return new LiveSettings(pollInterval, notifications, newRules);
    }
}
