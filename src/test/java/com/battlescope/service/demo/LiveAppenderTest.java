package com.battlescope.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveMonitor;
import com.battlescope.service.live.LiveRules;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveAppenderTest {
    private static final DemoOptions SMALL = new DemoOptions(3, 2, 3, DemoHours.ALL_DAY, 9, 2,
            LocalDate.of(2025, 1, 6), 100_000);

    @TempDir
    Path tmp;

    @Test
    void eachCallWritesOneBattleHourThatContinuesTheBattle() throws Exception {
        new DemoGenerator().generate(tmp, SMALL);
        Map<String, HourlySnapshot> before;
        try (Battle battle = new BattleService().open(tmp)) {
            before = battle.curves(TimeRange.ALL).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(e.getValue().size() - 1)));
        }
        Stamp first;
        try (LiveAppender appender = LiveAppender.open(tmp, 9, 2)) {
            first = appender.appendHour();
            for (int i = 1; i < 30; i++) {
                appender.appendHour();
            }
            assertThat(appender.rows()).containsEntry("hourly_snapshots", 90L).containsEntry("decision_log", 360L);
        }
        // the battle ended on 2025-01-08 at 23:xx; the first appended hour is the next midnight
        assertThat(first.text()).startsWith("2025-01-09 00:5");
        try (Battle battle = new BattleService().open(tmp)) {
            assertThat(battle.snapshotCount()).isEqualTo(3 * 72 + 90);
            assertThat(battle.decisionCount()).isEqualTo(3 * 2 * 72 * 2 + 360);
            for (Map.Entry<String, List<HourlySnapshot>> e : battle.curves(TimeRange.ALL).entrySet()) {
                HourlySnapshot last = before.get(e.getKey());
                HourlySnapshot next = e.getValue().get(72);
                assertThat(next.timestamp()).isGreaterThan(last.timestamp());
                // cash and positions are picked up where they were: equity moves by one hour's worth, not a jump
                assertThat(next.equity()).as(e.getKey()).isCloseTo(last.equity(), within(last.equity() * 0.03));
            }
            assertThat(battle.standings()).extracting(Standing::lastUpdated)
                    .allSatisfy(t -> assertThat(t.text()).startsWith("2025-01-10 05:"));
            // day 2025-01-09 ended inside the appended hours: its leaderboard snapshot and summaries exist
            assertThat(battle.leaderboardSnapshots("daily", TimeRange.ALL)).hasSize(4 * 3);
            assertThat(battle.dailySummaries("gpt-4o")).hasSize(4);
        }
        assertThat(BattleChecks.breaches(tmp)).isEmpty();
    }

    @Test
    void aWriterWithAShortBusyTimeoutIsNeverBlockedByAPollingReader() throws Exception {
        new DemoGenerator().generate(tmp, SMALL);
        AtomicReference<Throwable> writerError = new AtomicReference<>();
        AtomicReference<Throwable> readerError = new AtomicReference<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        int polls;
        try (Battle battle = new BattleService().open(tmp);
             LiveAppender appender = LiveAppender.open(tmp, 9, 2, 20)) {
            LiveMonitor monitor = new LiveMonitor(battle, LiveRules.ALL);
            Thread writer = new Thread(() -> {
                try {
                    appender.run(40, Duration.ZERO, () -> true);
                } catch (Throwable t) {
                    writerError.set(t);
                } finally {
                    writing.set(false);
                }
            });
            writer.start();
            polls = 0;
            try {
                while (writing.get()) {
                    LiveUpdate update = monitor.poll();
                    update.snapshots().forEach(s -> seen.add(s.id()));
                    battle.standings();
                    battle.latestLeaderboard("all_time");
                    polls++;
                }
            } catch (Throwable t) {
                readerError.set(t);
            }
            writer.join();
            monitor.poll().snapshots().forEach(s -> seen.add(s.id()));
        }
        assertThat(writerError.get()).as("writer error").isNull();
        assertThat(readerError.get()).as("reader error").isNull();
        assertThat(polls).isGreaterThan(1);
        assertThat(seen).hasSize(3 * 40).doesNotHaveDuplicates();
    }

    @Test
    void runStopsWhenAskedAndPacesTheHours() throws Exception {
        new DemoGenerator().generate(tmp, SMALL);
        try (LiveAppender appender = LiveAppender.open(tmp, 9, 2)) {
            long t0 = System.nanoTime();
            assertThat(appender.run(3, Duration.ofMillis(150), () -> true)).isEqualTo(3);
            // three hours, two pauses between them
            assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(290);
            int[] calls = {0};
            assertThat(appender.run(-1, Duration.ZERO, () -> calls[0]++ < 5)).isEqualTo(5);
        }
    }

    @Test
    void anEngineFolderCanBeFollowedToo() throws Exception {
        Path dir = Fixtures.copy("full-split", tmp);
        long snapshots;
        List<String> models;
        try (Battle battle = new BattleService().open(dir)) {
            snapshots = battle.snapshotCount();
            models = battle.modelIds();
        }
        try (LiveAppender appender = LiveAppender.open(dir, 1, 1)) {
            appender.appendHour();
            appender.appendHour();
        }
        try (Battle battle = new BattleService().open(dir)) {
            assertThat(battle.snapshotCount()).isEqualTo(snapshots + 2L * models.size());
            assertThat(battle.modelIds()).isEqualTo(models);
        }
    }
}
