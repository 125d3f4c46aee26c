package com.battlescope.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.view.ChartService;
import com.battlescope.service.view.DecisionLogService;
import com.battlescope.testutil.Fixtures;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.Jobs;
import com.battlescope.ui.charts.ChartFactory;
import com.battlescope.ui.views.DecisionsView;
import com.battlescope.ui.views.DrawdownView;
import com.battlescope.ui.views.EquityView;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live mode end to end: a writer thread (its own connections, a 50 ms busy timeout, as a careful engine would
 * run) keeps adding snapshots and decisions to a WAL battle while the equity chart and the decision log are
 * open and a drawdown view sits in a hidden tab.
 */
@ExtendWith(ApplicationExtension.class)
class LiveViewsTest {
    /** tiny's newest snapshot is 2025-01-08 16:04; half an hour later the battle counts as running. */
    private static final Clock DURING = Clock.fixed(LocalDateTime.of(2025, 1, 8, 16, 34).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final Duration POLL = Duration.ofMillis(100);
    /** On top of the polling interval: a loaded two-core machine schedules the FX thread late. */
    private static final long MARGIN_MS = 1500;
    private static final LocalDateTime FIRST_NEW = LocalDateTime.of(2025, 1, 8, 17, 4);
    private static final int TINY_POINTS = 21;

    @TempDir
    Path tmp;
    private final Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();
    private AppContext ctx;
    private EquityView equity;
    private DecisionsView decisions;
    private DrawdownView hiddenDrawdown;
    private LiveController controller;
    private Battle battle;

    @Start
    void start(Stage stage) {
        InlineJobs inline = new InlineJobs();
        ctx = new AppContext(new Jobs() {
            @Override
            public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                loads.computeIfAbsent(title, t -> new AtomicInteger()).incrementAndGet();
                return inline.run(title, work, done, failed);
            }
        });
        equity = new EquityView(ctx, new ChartService());
        decisions = new DecisionsView(ctx, new DecisionLogService());
        hiddenDrawdown = new DrawdownView(ctx, new ChartService());
        hiddenDrawdown.setShown(false);
        SplitPane split = new SplitPane((Parent) equity.node(), (Parent) decisions.node());
        split.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(split, 1500, 950));
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

    @Test
    void viewsFollowAWriterKeepingZoomAndSelectionAndNeverBlockIt(FxRobot robot) throws Exception {
        Path dir = Fixtures.copy("tiny", tmp);
        assertThat(walMode(dir.resolve("metrics_timeseries.db"))).isEqualTo("wal");
        assertThat(walMode(dir.resolve("decisions.db"))).isEqualTo("wal");
        battle = new BattleService().open(dir);
        List<String> models = battle.modelIds();
        controller = new LiveController(ctx, LiveSettings.DEFAULT.withPollInterval(POLL), DURING, events -> { });
        robot.interact(() -> {
            ctx.colors().assign(models);
            ctx.listModels(models);
            ctx.replaceBattle(battle);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> controller.liveProperty().get());

        DataSet gpt = dataSet(equity.chart(), "gpt-4o");
        assertThat(gpt.getDataCount()).isEqualTo(TINY_POINTS);
        XYChart chart = equity.chart();
        robot.drag(robot.point(chart.getCanvas()).atOffset(-150, -80)).dropBy(120, 120);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ChartFactory.isZoomed(chart)).isTrue();
        double zoomMin = chart.getXAxis().getMin();
        double zoomMax = chart.getXAxis().getMax();
        TableView<Decision> log = robot.lookup("#decisions-table").queryTableView();
        robot.interact(() -> log.getSelectionModel().select(2));
        Decision selected = log.getSelectionModel().getSelectedItem();
        int loadsBefore = loads(equity.title());

        Writer writer = new Writer(dir, 16, 150);
        Thread thread = new Thread(writer, "engine-writer");
        thread.start();
        long[] seenAt = new long[writer.rows];
        int seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (seen < writer.rows && System.nanoTime() < deadline) {
            int count = WaitForAsyncUtils.asyncFx(gpt::getDataCount).get() - TINY_POINTS;
            long now = System.nanoTime();
            for (; seen < Math.min(count, writer.rows); seen++) {
                seenAt[seen] = now;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        thread.join();

        assertThat(writer.busy.get()).as("SQLITE_BUSY seen by the writer").isZero();
        assertThat(writer.failures.get()).as("other writer failures").isZero();
        assertThat(seen).as("new points on the gpt-4o curve").isEqualTo(writer.rows);
        for (int i = 0; i < writer.rows; i++) {
            long latencyMs = TimeUnit.NANOSECONDS.toMillis(seenAt[i] - writer.writtenAt.get(i));
            assertThat(latencyMs).as("row %d shown after", i).isLessThanOrEqualTo(POLL.toMillis() + MARGIN_MS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // the points were appended to the same data set, without reading the curves again
        assertThat(dataSet(chart, "gpt-4o")).isSameAs(gpt);
        assertThat(gpt.get(DataSet.DIM_Y, gpt.getDataCount() - 1)).isEqualTo(Writer.equity(writer.rows - 1));
        assertThat(gpt.get(DataSet.DIM_X, gpt.getDataCount() - 1))
                .isEqualTo(Stamp.of(FIRST_NEW.plusHours(writer.rows - 1)).epochSecondsAsWritten());
        assertThat(loads(equity.title())).as("equity loads while live").isEqualTo(loadsBefore);
        // the user's zoom stays exactly as set
        assertThat(ChartFactory.isZoomed(chart)).isTrue();
        assertThat(chart.getXAxis().getMin()).isEqualTo(zoomMin);
        assertThat(chart.getXAxis().getMax()).isEqualTo(zoomMax);
        // the decision log shows the newest decision on top and keeps the selected row
        String newest = "live decision " + (writer.rows - 1);
        WaitForAsyncUtils.waitFor(POLL.toMillis() + MARGIN_MS, TimeUnit.MILLISECONDS,
                () -> newest.equals(WaitForAsyncUtils.asyncFx(() -> log.getItems().get(0).reasoning()).get()));
        assertThat(log.getItems().subList(0, writer.rows)).extracting(Decision::reasoning)
                .startsWith(newest, "live decision " + (writer.rows - 2));
        assertThat(log.getSelectionModel().getSelectedItem().id()).isEqualTo(selected.id());

        // the hidden drawdown view did not reload on every poll; shown, it catches up once
        int hiddenLoads = loads(hiddenDrawdown.title());
        robot.interact(() -> hiddenDrawdown.setShown(true));
        assertThat(loads(hiddenDrawdown.title())).isEqualTo(hiddenLoads + 1);
        assertThat(dataSet(hiddenDrawdown.chart(), "gpt-4o").getDataCount()).isEqualTo(TINY_POINTS + writer.rows);
    }

    private int loads(String title) {
        AtomicInteger n = loads.get(title);
        return n == null ? 0 : n.get();
    }

    private static DataSet dataSet(XYChart chart, String name) {
        return ChartFactory.renderer(chart).getDatasets().stream().filter(d -> d.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no data set " + name));
    }

    private static String walMode(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Writes one snapshot (gpt-4o, an hour later each time) and one decision per round, as the engine does. */
    private static final class Writer implements Runnable {
        final int rows;
        final AtomicLongArray writtenAt;
        final AtomicInteger busy = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        private final Path dir;
        private final long pauseMs;

        Writer(Path dir, int rows, long pauseMs) {
            this.dir = dir;
            this.rows = rows;
            this.pauseMs = pauseMs;
            this.writtenAt = new AtomicLongArray(rows);
        }

        static double equity(int i) {
            return 100_400 + 25.5 * i;
        }

        @Override
        public void run() {
            try (Connection metrics = connect("metrics_timeseries.db");
                 Connection decisions = connect("decisions.db");
                 PreparedStatement snapshot = metrics.prepareStatement("INSERT INTO hourly_snapshots (model_id, "
                         + "timestamp, equity, cash, positions_value, positions_count) VALUES ('gpt-4o', ?, ?, ?, 0, 0)");
                 PreparedStatement decision = decisions.prepareStatement("INSERT INTO decision_log (model_id, "
                         + "symbol, decision, reasoning, confidence, timestamp, current_price, executed) "
                         + "VALUES ('gpt-4o', 'AAPL', 'buy', ?, 70, ?, 150, 0)")) {
                for (int i = 0; i < rows; i++) {
                    String time = Stamp.format(FIRST_NEW.plusHours(i));
                    try {
                        decision.setString(1, "live decision " + i);
                        decision.setString(2, time);
                        decision.executeUpdate();
                        snapshot.setString(1, time);
                        snapshot.setDouble(2, equity(i));
                        snapshot.setDouble(3, equity(i));
                        snapshot.executeUpdate();
                    } catch (SQLException e) {
                        (isBusy(e) ? busy : failures).incrementAndGet();
                    }
                    writtenAt.set(i, System.nanoTime());
                    TimeUnit.MILLISECONDS.sleep(pauseMs);
                }
            } catch (SQLException | InterruptedException e) {
                failures.incrementAndGet();
            }
        }

        private Connection connect(String file) throws SQLException {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(file));
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 50");
            }
            return c;
        }

        private static boolean isBusy(SQLException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains("SQLITE_BUSY") || m.contains("database is locked");
        }
    }
}
