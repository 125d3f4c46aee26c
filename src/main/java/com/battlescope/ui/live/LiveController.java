package com.battlescope.ui.live;

import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.live.LiveEvent;
import com.battlescope.service.live.LiveMonitor;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.ui.AppContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode for the open battle: a background thread asks {@link LiveMonitor} for new rows every few seconds
 * (short auto-commit reads, no lock held between polls, so the engine keeps writing), and when rows arrived it
 * bumps {@link AppContext#dataVersionProperty()} on the FX thread and passes the events to the notifications.
 * Live is switched on when a battle opens whose newest snapshot is recent; the toolbar toggle binds to
 * {@link #liveProperty()}. A new battle (or none) ends the old one's polling; {@link #close()} ends it all.
 */
public final class LiveController implements AutoCloseable {
    /** A battle whose newest snapshot is at most this old (or in the future) is probably still running. */
    public static final Duration RECENT = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(LiveController.class);

    private final AppContext ctx;
    private final Clock clock;
    private final Consumer<List<LiveEvent>> notifier;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "battlescope-live");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LiveUpdate> lastUpdate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stamp> latestSnapshot = new ReadOnlyObjectWrapper<>();
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final ChangeListener<Battle> onBattle = (obs, old, battle) -> open(battle);
    private volatile LiveSettings settings;
    private ScheduledFuture<?> polling;

    /** One open battle: its monitor lives on the polling thread only. */
    private static final class Session {
        final Battle battle;
        LiveMonitor monitor;
        boolean rebuild;

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
            poller.execute(() -> s.rebuild = true);
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
        if (next == null) {
            return;
        }
        poller.execute(() -> {
            try {
                next.monitor = new LiveMonitor(next.battle, settings.rules());
                Stamp latest = next.battle.latestSnapshotTime();
                Platform.runLater(() -> {
                    if (session.get() == next) {
                        latestSnapshot.set(latest);
                        if (isRecent(latest, clock)) {
                            live.set(true);
                        }
                    }
                });
            } catch (RuntimeException e) {
                if (session.get() == next) {
                    LOG.warn("live mode unavailable for {}: {}", next.battle.path(), e.getMessage());
                }
            }
        });
    }

    private synchronized void schedule() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        if (live.get() && !poller.isShutdown()) {
            long ms = settings.pollInterval().toMillis();
            polling = poller.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        Session s = session.get();
        if (s == null || s.monitor == null) {
            return;
        }
        try {
            LiveUpdate update = s.monitor.poll();
            if (s.rebuild) {
                s.monitor = new LiveMonitor(s.battle, settings.rules());
                s.rebuild = false;
            }
            if (update.isEmpty()) {
                return;
            }
            Stamp newest = update.snapshots().stream().map(x -> x.timestamp()).max(Stamp::compareTo).orElse(null);
            boolean notify = settings.notifications();
            Platform.runLater(() -> {
                if (session.get() != s) {
                    return;
                }
                if (newest != null && (latestSnapshot.get() == null || newest.compareTo(latestSnapshot.get()) > 0)) {
                    latestSnapshot.set(newest);
                }
                lastUpdate.set(update);
                ctx.publishLive(update);
                if (notify && !update.events().isEmpty()) {
                    notifier.accept(update.events());
                }
            });
        } catch (RuntimeException e) {
            // a closed or briefly unreadable battle: the next poll tries again, a stale session is dropped
            if (session.get() == s) {
                LOG.warn("live poll failed for {}: {}", s.battle.path(), e.getMessage());
            }
        }
    }

    /** Stops polling for good and forgets the battle (it stays open: its owner closes it). */
    @Override
    public void close() {
        ctx.battleProperty().removeListener(onBattle);
        session.set(null);
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
