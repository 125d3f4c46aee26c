package com.battlescope.cli;

import com.battlescope.service.demo.DemoGenerator;
import com.battlescope.service.demo.DemoHours;
import com.battlescope.service.demo.DemoOptions;
import com.battlescope.service.demo.DemoResult;
import com.battlescope.service.demo.LiveAppender;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code demo --out DIR}: a realistic battle folder, deterministic per seed; {@code --live} keeps it growing. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write a realistic demo battle folder (split layout, the engine's schema), the same for the "
                + "same seed. Existing battles are never overwritten.",
            "With --live, keep appending to it (or to an existing battle folder) in real time on a fast clock: "
                + "one battle hour per second, until Ctrl-C."})
public class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the battle to.")
    Path out;
    @Option(names = "--models", defaultValue = "6", paramLabel = "N", description = "Models (default: ${DEFAULT-VALUE}).")
    int models;
    @Option(names = "--symbols", defaultValue = "5", paramLabel = "K", description = "Symbols (default: ${DEFAULT-VALUE}).")
    int symbols;
    @Option(names = "--days", defaultValue = "30", paramLabel = "D", description = "Calendar days (default: ${DEFAULT-VALUE}).")
    int days;
    @Option(names = "--hours", defaultValue = "market", paramLabel = "market|24x7",
            description = "market: 9:30-16:00 on weekdays; 24x7: every hour (default: ${DEFAULT-VALUE}).")
    String hours;
    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--decisions-per-hour", defaultValue = "3", paramLabel = "R",
            description = "Decisions per model, symbol and battle hour; fractions allowed (default: ${DEFAULT-VALUE}).")
    double decisionsPerHour;
    @Option(names = "--start", paramLabel = "DATE",
            description = "First battle day (default: 2025-01-06; with --live: so that the battle ends today).")
    LocalDate start;
    @Option(names = "--live", description = "Keep appending battle hours in real time until Ctrl-C.")
    boolean live;
    @Option(names = "--live-hours", paramLabel = "N", description = "With --live: stop after N battle hours.")
    Long liveHours;
    @Option(names = "--seconds-per-hour", defaultValue = "1", hidden = true,
            description = "With --live: real seconds per battle hour.")
    double secondsPerHour;

    @Override
    public Integer call() throws InterruptedException {
        DemoOptions options = options();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean exists = DemoGenerator.containsBattle(out);
        if (!live || !exists) {
            DemoResult result = new DemoGenerator().generate(out, options);
            stdout.println(result.summary());
            stdout.flush();
        }
        if (live) {
            appendLive(stdout);
        }
        return 0;
    }

    private DemoOptions options() {
        if (liveHours != null && (!live || liveHours < 0)) {
            throw new ParameterException(spec.commandLine(), "--live-hours needs --live and a count >= 0");
        }
        if (!(secondsPerHour >= 0)) {
            throw new ParameterException(spec.commandLine(), "--seconds-per-hour must be >= 0");
        }
        try {
            LocalDate first = start != null ? start
                    : live ? LocalDate.now().minusDays(days) : DemoOptions.DEFAULT_START;
            return new DemoOptions(models, symbols, days, DemoHours.fromText(hours), seed, decisionsPerHour, first,
                    DemoOptions.DEFAULT.initialCapital());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Ctrl-C ends the loop after the hour being written: the shutdown hook stops it and waits until the
     * summary is printed and the files are closed.
     */
    private void appendLive(PrintWriter stdout) throws InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            running.set(false);
            try {
                done.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-live-stop");
        try {
            long written;
            Map<String, Long> rows;
            try (LiveAppender appender = LiveAppender.open(out, seed, decisionsPerHour)) {
                stderr.printf(Locale.ROOT, "live: appending one battle hour every %.2f s to %s%s%n", secondsPerHour,
                        out, liveHours == null ? " (Ctrl-C to stop)" : "");
                stderr.flush();
                Runtime.getRuntime().addShutdownHook(stopper);
                written = appender.run(liveHours == null ? -1 : liveHours,
                        Duration.ofNanos((long) (secondsPerHour * 1e9)), running::get);
                rows = appender.rows();
            }
            stdout.printf(Locale.ROOT, "appended %d battle hours to %s: %,d rows (%,d snapshots, %,d decisions, "
                            + "%,d trades) in %.1f s%n", written, out,
                    rows.values().stream().mapToLong(Long::longValue).sum(), rows.get("hourly_snapshots"),
                    rows.get("decision_log"), rows.get("trade_log"), (System.nanoTime() - t0) / 1e9);
            stdout.flush();
        } finally {
            done.countDown();
            if (running.get()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C arrived just now: the hook is running and sees done
                }
            }
        }
    }
}
