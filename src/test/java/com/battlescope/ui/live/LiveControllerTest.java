package com.battlescope.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.live.LiveEvent;
import com.battlescope.service.live.LiveRules;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveControllerTest {
    /** tiny's newest snapshot is 2025-01-08 16:04; half an hour later the battle counts as running. */
    private static final Clock DURING = Clock.fixed(LocalDateTime.of(2025, 1, 8, 16, 34).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final LiveSettings FAST = LiveSettings.DEFAULT.withPollInterval(Duration.ofMillis(100));

    @TempDir
    Path tmp;
    private final AppContext ctx = new AppContext(new InlineJobs());
    private final List<List<LiveEvent>> shown = new CopyOnWriteArrayList<>();
    private LiveController controller;
    private Battle battle;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (controller != null) {
            controller.close();
        }
        if (battle != null) {
            battle.close();
        }
    }

    private Path open(String name, Clock clock, LiveSettings settings) {
        Path dir = Fixtures.copy("tiny", tmp.resolve(name));
        battle = new BattleService().open(dir);
        controller = new LiveController(ctx, settings, clock, shown::add);
        WaitForAsyncUtils.asyncFx(() -> ctx.replaceBattle(battle));
        WaitForAsyncUtils.waitForFxEvents();
        return dir;
    }

    @Test
    void newRowsRaiseTheDataVersionAndTheLatestSnapshot() throws Exception {
        Path dir = open("a", DURING, FAST);
        waitFor(() -> controller.liveProperty().get());
        assertThat(controller.latestSnapshotProperty().get().text()).isEqualTo("2025-01-08 16:04:36.830209");
        assertThat(ctx.dataVersionProperty().get()).isZero();
        insertSnapshot(dir, "gpt-4o", "2025-01-08 17:04:00.000001", 100_500);
        waitFor(() -> ctx.dataVersionProperty().get() == 1);
        assertThat(controller.lastUpdateProperty().get().snapshots()).singleElement()
                .satisfies(s -> assertThat(s.equity()).isEqualTo(100_500));
        assertThat(controller.latestSnapshotProperty().get()).isEqualTo(Stamp.parse("2025-01-08 17:04:00.000001"));
        insertSnapshot(dir, "gpt-4o", "2025-01-08 18:04:00.000001", 100_400);
        waitFor(() -> ctx.dataVersionProperty().get() == 2);
        // nothing new: the version stays
        TimeUnit.MILLISECONDS.sleep(400);
        assertThat(ctx.dataVersionProperty().get()).isEqualTo(2);
        // quiet by default: events are not shown
        assertThat(shown).isEmpty();
    }

    @Test
    void anOldBattleStartsWithLiveOffUntilToggled() throws Exception {
        Path dir = open("b", LATER, FAST);
        waitFor(() -> controller.latestSnapshotProperty().get() != null);
        assertThat(controller.liveProperty().get()).isFalse();
        insertSnapshot(dir, "gpt-4o", "2025-01-08 17:04:00.000001", 100_500);
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(ctx.dataVersionProperty().get()).isZero();
        WaitForAsyncUtils.asyncFx(() -> controller.liveProperty().set(true));
        waitFor(() -> ctx.dataVersionProperty().get() == 1);
    }

    @Test
    void enabledNotificationsGetTheEventsOfTheRules() throws Exception {
        Path dir = open("c", DURING, FAST.withNotifications(true).withRules(LiveRules.ALL));
        waitFor(() -> controller.liveProperty().get());
        // claude trails in tiny; a jump to 101,000 makes it leader and a new high
        insertSnapshot(dir, "claude-sonnet-3.5", "2025-01-08 17:04:00.000001", 101_000);
        waitFor(() -> !shown.isEmpty());
        assertThat(shown).singleElement().satisfies(events -> assertThat(events).extracting(LiveEvent::kind)
                .containsExactlyInAnyOrder(LiveEvent.Kind.NEW_HIGH, LiveEvent.Kind.NEW_LEADER));
    }

    @Test
    void changingTheBattleStopsFollowingTheOldOne() throws Exception {
        Path first = open("d", DURING, FAST);
        waitFor(() -> controller.liveProperty().get());
        Path second = Fixtures.copy("tiny", tmp.resolve("e"));
        Battle other = new BattleService().open(second);
        try {
            WaitForAsyncUtils.asyncFx(() -> ctx.replaceBattle(other));
            waitFor(() -> controller.liveProperty().get());
            insertSnapshot(first, "gpt-4o", "2025-01-08 17:04:00.000001", 100_500);
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(ctx.dataVersionProperty().get()).isZero();
            insertSnapshot(second, "gpt-4o", "2025-01-08 17:04:00.000001", 100_500);
            waitFor(() -> ctx.dataVersionProperty().get() == 1);
            WaitForAsyncUtils.asyncFx(() -> ctx.replaceBattle(null));
            waitFor(() -> !controller.liveProperty().get());
            insertSnapshot(second, "gpt-4o", "2025-01-08 18:04:00.000001", 100_600);
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(ctx.dataVersionProperty().get()).isEqualTo(1);
        } finally {
            other.close();
        }
    }

    @Test
    void theDefaultNotificationsShowAPopup() throws Exception {
        int before = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get();
        WaitForAsyncUtils.asyncFx(() -> new LiveNotifications().accept(List.of(
                new LiveEvent(LiveEvent.Kind.NEW_LEADER, "gpt-4o", Stamp.parse("2025-01-08 17:04:00"),
                        "gpt-4o takes the lead"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get()).isGreaterThan(before);
    }

    @Test
    void recentMeansWithinTwoHoursOrAhead() {
        Clock now = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
        assertThat(LiveController.isRecent(Stamp.parse("2025-03-01 10:00:00"), now)).isTrue();
        assertThat(LiveController.isRecent(Stamp.parse("2025-03-01 09:59:59"), now)).isFalse();
        assertThat(LiveController.isRecent(Stamp.parse("2025-03-02 09:00:00"), now)).isTrue();
        assertThat(LiveController.isRecent(Stamp.parse("2025-03-01 12:30:00+02:00"), now)).isTrue();
        assertThat(LiveController.isRecent(Stamp.parse("2025-03-01 11:30:00+02:00"), now)).isFalse();
        assertThat(LiveController.isRecent(null, now)).isFalse();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static void insertSnapshot(Path dir, String model, String time, double equity) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics_timeseries.db"));
             PreparedStatement ps = c.prepareStatement("INSERT INTO hourly_snapshots (model_id, timestamp, equity,"
                     + " cash, positions_value, positions_count) VALUES (?,?,?,?,0,0)")) {
            ps.setString(1, model);
            ps.setString(2, time);
            ps.setDouble(3, equity);
            ps.setDouble(4, equity);
            ps.executeUpdate();
        }
    }
}
