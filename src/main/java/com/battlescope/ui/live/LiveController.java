package com.battlescope.ui.live;

import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.live.LiveEvent;
import com.battlescope.service.live.LiveMonitor;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxThread;
import com.battlescope.ui.Jobs;
import com.battlescope.ui.LatestJob;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode for the open battle: every few seconds a quiet background job of {@link AppContext#jobs()} asks
 * {@link LiveMonitor} for new rows (short auto-commit reads, no lock held between polls, so the engine keeps
 * writing), and when rows arrived it bumps {@link AppContext#dataVersionProperty()} on the FX thread and passes the
 * events to the notifications. Polls never overlap: the next one is timed when the previous one ended. Live is
 * switched on when a battle opens whose newest snapshot is recent; the toolbar toggle binds to
 * {@link #liveProperty()}. A new battle (or none) ends the old one's polling; {@link #close()} ends it all.
 */
public final class LiveController implements AutoCloseable {
    /** A battle whose newest snapshot is at most this old (or in the future) is probably still running. */
    public static final Duration RECENT = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(LiveController.class);

    private final AppContext ctx;
    private final Jobs jobs;
    private final Clock clock;
    private final Consumer<List<LiveEvent>> notifier;
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LiveUpdate> lastUpdate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stamp> latestSnapshot = new ReadOnlyObjectWrapper<>();
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final ChangeListener<Battle> onBattle = (obs, old, battle) -> open(battle);
    private final LatestJob opening;
    private volatile LiveSettings settings;
    private volatile boolean closed;
    /** FX thread only: the timer of the next poll, and whether a poll is reading now. */
    private Jobs.Job nextPoll;
    private boolean polling;

    /** One open battle: its monitor is used by one job at a time (opening, then one poll after another). */
    private static final class Session {
        final Battle battle;
        volatile LiveMonitor monitor;
        volatile boolean rebuild;

        Session(Battle battle) {
            this.battle = battle;
        }
    }

    public LiveController(AppContext ctx) {
        this(ctx, LiveSettings.DEFAULT, Clock.systemDefaultZone(), new LiveNotifications());
    }

    /** @param notifier gets each poll's events on the FX thread, when notifications are on */
    public LiveController(AppContext ctx, LiveSettings settings, Clock clock, Consumer<List<LiveEvent>> notifier) {
        this.ctx = ctx;
        this.jobs = ctx.jobs();
        this.opening = new LatestJob(jobs);
        this.settings = settings;
        this.clock = clock;
        this.notifier = notifier;
        live.addListener((obs, was, on) -> schedule());
        ctx.battleProperty().addListener(onBattle);
        open(ctx.battle());
    }

    /** On: follow the battle. The toolbar's toggle binds to it; switched on by itself for a recent battle. */
    public BooleanProperty liveProperty() {
        return live;
    }

    /** The rows of the latest poll that found any (views may append them instead of reloading). */
    public ReadOnlyObjectProperty<LiveUpdate> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    /** The newest snapshot time of the open battle, as of opening it or the latest poll with snapshots. */
    public ReadOnlyObjectProperty<Stamp> latestSnapshotProperty() {
        return latestSnapshot.getReadOnlyProperty();
    }

    public LiveSettings settings() {
        return settings;
    }

    /** New settings take effect from the next poll (new rules: after one more poll with the old ones). */
    public void setSettings(LiveSettings newSettings) {
        LiveSettings old = settings;
        settings = newSettings;
        Session s = session.get();
        if (s != null && !old.rules().equals(newSettings.rules())) {
            s.rebuild = true;
        }
        if (!old.pollInterval().equals(newSettings.pollInterval())) {
            schedule();
        }
    }

    public static boolean isRecent(Stamp latest, Clock clock) {
        if (latest == null) {
            return false;
        }
        if (latest.offset() != null) {
            return !latest.local().atOffset(latest.offset()).toInstant().isBefore(clock.instant().minus(RECENT));
        }
        return !latest.local().isBefore(LocalDateTime.now(clock).minus(RECENT));
    }

    private void open(Battle battle) {
        Session next = battle == null ? null : new Session(battle);
        session.set(next);
        latestSnapshot.set(null);
        lastUpdate.set(null);
        live.set(false);
        opening.cancel();
        if (next == null) {
            return;
        }
        opening.run("Opening live mode", () -> {
            next.monitor = new LiveMonitor(next.battle, settings.rules());
            return Optional.ofNullable(next.battle.latestSnapshotTime());
        }, latest -> {
            if (session.get() == next) {
                latestSnapshot.set(latest.orElse(null));
                if (isRecent(latest.orElse(null), clock)) {
                    live.set(true);
                }
            }
        }, e -> {
            if (session.get() == next) {
                LOG.warn("live mode unavailable for {}: {}", next.battle.path(), UserMessages.of(e));
            }
        });
    }

    /** Times the next poll when live (and none is reading); stops the timer otherwise. */
    private void schedule() {
        FxThread.run(() -> {
            if (nextPoll != null) {
                nextPoll.cancel();
                nextPoll = null;
            }
            if (live.get() && !closed && !polling) {
                nextPoll = jobs.later(settings.pollInterval(), this::poll);
            }
        });
    }

    private void poll() {
        nextPoll = null;
        Session s = session.get();
        if (s == null || closed) {
            return;
        }
        polling = true;
        jobs.runQuietly("Live poll", () -> read(s), update -> {
            polling = false;
            show(s, update);
            schedule();
        }, e -> {
            polling = false;
            // a closed or briefly unreadable battle: the next poll tries again, a stale session is dropped
            if (session.get() == s) {
                LOG.warn("live poll failed for {}: {}", s.battle.path(), UserMessages.of(e));
            }
            schedule();
        });
    }

    /** In the background: the session's new rows (empty while its monitor is still being opened). */
    private LiveUpdate read(Session s) {
        LiveMonitor monitor = s.monitor;
        if (monitor == null) {
            return null;
        }
        LiveUpdate update = monitor.poll();
        if (s.rebuild) {
            s.monitor = new LiveMonitor(s.battle, settings.rules());
            s.rebuild = false;
        }
        return update;
    }

    private void show(Session s, LiveUpdate update) {
        if (update == null || update.isEmpty() || session.get() != s) {
            return;
        }
        Stamp newest = update.snapshots().stream().map(x -> x.timestamp()).max(Stamp::compareTo).orElse(null);
        if (newest != null && (latestSnapshot.get() == null || newest.compareTo(latestSnapshot.get()) > 0)) {
            latestSnapshot.set(newest);
        }
        lastUpdate.set(update);
        ctx.publishLive(update);
        if (settings.notifications() && !update.events().isEmpty()) {
            notifier.accept(update.events());
        }
    }

    /** Stops polling for good and forgets the battle (it stays open: its owner closes it). */
    @Override
    public void close() {
        ctx.battleProperty().removeListener(onBattle);
        session.set(null);
        closed = true;
        opening.cancel();
        schedule();
    }
}
