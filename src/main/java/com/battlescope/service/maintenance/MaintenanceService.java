package com.battlescope.service.maintenance;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.service.Battle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs maintenance actions on a battle folder, one behind both the Maintenance menu and {@code maintain}:
 * plans them, runs them with progress and cancellation, and writes every run to the maintenance log.
 */
public final class MaintenanceService {
    private final MaintenanceLog log;
    private final Clock clock;
    private final int busyTimeoutMs;

    public MaintenanceService(MaintenanceLog log) {
        this(log, Clock.systemDefaultZone(), SqliteDatabase.BUSY_TIMEOUT_MS);
    }

    /**
     * @param clock         the wall clock of {@code snapshot_time}, {@code last_updated} and backup names
     * @param busyTimeoutMs how long to wait for another program's lock before refusing
     */
    public MaintenanceService(MaintenanceLog log, Clock clock, int busyTimeoutMs) {
        this.log = log;
        this.clock = clock;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    public MaintenanceLog log() {
        return log;
    }

    /** What the task would change; reads only. */
    public MaintenancePlan plan(Path folder, MaintenanceTask task) {
        try (MaintenanceContext ctx = new MaintenanceContext(folder, clock, busyTimeoutMs, MaintenanceProgress.NONE)) {
            return task.plan(ctx);
        }
    }

    /**
     * Runs the task. A cancelled run returns status CANCELLED (its transaction rolled back); a failed one is
     * logged and rethrown as {@link DataAccessException} or {@link MaintenanceException} with a message for the user.
     */
    public MaintenanceResult run(Path folder, MaintenanceTask task, MaintenanceProgress progress) {
        log.requireWritable();
        return execute(new MaintenanceContext(folder, clock, busyTimeoutMs, progress), task);
    }

    /**
     * What the task would change on a server battle (an open {@link Battle} of a schema); throws
     * {@link MaintenanceException} saying why when it does not apply to a server or the role may not write.
     */
    public MaintenancePlan plan(Battle server, MaintenanceTask task) {
        MaintenanceTask onServer = onServer(server, task);
        try (MaintenanceContext ctx = new MaintenanceContext(server, clock, MaintenanceProgress.NONE)) {
            return onServer.plan(ctx);
        }
    }

    /**
     * Runs the task on a server battle: the same services as on a folder where they compute (standings,
     * summaries, leaderboard snapshots), the server's forms of statistics, ANALYZE, VACUUM and the check. Logged
     * like a folder's run; the battle stays open (the caller's).
     */
    public MaintenanceResult run(Battle server, MaintenanceTask task, MaintenanceProgress progress) {
        MaintenanceTask onServer = onServer(server, task);
        log.requireWritable();
        return execute(new MaintenanceContext(server, clock, progress), onServer);
    }

    private static MaintenanceTask onServer(Battle server, MaintenanceTask task) {
        if (server.serverDatabase() == null) {
            throw new IllegalArgumentException(server.path() + " is not a server battle");
        }
        MaintenanceTask onServer = ServerTasks.of(task);
        if (onServer.action().writes() && server.writeRefusal() != null) {
            throw new MaintenanceException(task.action().title() + " cannot run: " + server.writeRefusal());
        }
        return onServer;
    }

    private MaintenanceResult execute(MaintenanceContext ctx, MaintenanceTask task) {
        ResultBuilder out = new ResultBuilder();
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        MaintenanceResult.Status status = MaintenanceResult.Status.DONE;
        RuntimeException failure = null;
        try (ctx) {
            task.run(ctx, out);
        } catch (MaintenanceCancelledException e) {
            status = MaintenanceResult.Status.CANCELLED;
            out.message(e.getMessage());
        } catch (DataAccessException | MaintenanceException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new MaintenanceException(task.action().title() + " failed: " + e.getMessage(), e);
        }
        if (failure != null) {
            status = MaintenanceResult.Status.FAILED;
            out.message(failure.getMessage());
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - t0);
        MaintenanceResult result = out.build(task.action(), status, ctx.folder(), started, duration);
        String logProblem = log.append(result);
        if (failure != null) {
            throw failure;
        }
        if (logProblem != null) {
            out.warning(logProblem);
            result = out.build(task.action(), status, ctx.folder(), started, duration);
        }
        return result;
    }
}
