package com.battlescope.ui.index;

import com.battlescope.service.Battle;
import com.battlescope.service.index.IndexRun;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.FxThread;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps BattleScope's own index of the open battle current in the background: verified and built or updated after a
 * battle is opened (progress in the status bar, cancellable; the app reads the engine files meanwhile and switches to
 * the index when it is complete), updated from the appended rows whenever live mode sees new rows, rebuilt or
 * deleted on request (Maintenance › BattleScope index…).
 */
public final class IndexController {
    private final AppContext ctx;
    private final IndexService service;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper("");
    /** FX thread only: the running job's cancel flag, and whether live mode asked for an update meanwhile. */
    private AtomicBoolean cancel;
    private boolean updateAsked;

    public IndexController(AppContext ctx, IndexService service) {
        this.ctx = ctx;
        this.service = service;
        ctx.battleProperty().addListener((o, was, now) -> {
            if (cancel != null) {
                cancel.set(true);
            }
            if (now != null && !now.onServer()) {
                start(now, "Indexing " + now.path().getFileName(), true,
                        p -> service.open(now, p), () -> { });
            }
        });
        ctx.dataVersionProperty().addListener((o, was, now) -> {
            Battle b = ctx.battle();
            if (b != null) {
                update(b);
            }
        });
    }

    /** Whether a build, update or rebuild shown in the status bar runs now. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the last job did ("index built in 12.0 s", "index update failed: …"). */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Stops the running build between two chunks (what is built stays and is resumed next time). */
    public void cancel() {
        if (cancel != null) {
            cancel.set(true);
        }
    }

    public IndexService service() {
        return service;
    }

    /** Discards the index of {@code battle} and builds it again; {@code done} runs on the FX thread after. */
    public void rebuild(Battle battle, Runnable done) {
        start(battle, "Rebuilding the index", true, p -> service.rebuild(battle, p), done);
    }

    /** Deletes the index of {@code battle} (the engine files are not touched); {@code done} runs after. */
    public void delete(Battle battle, Runnable done) {
        cancel();
        ctx.jobs().run("Deleting the index", () -> service.delete(battle), deleted -> {
            lastResult.set(deleted ? "index deleted" : "there was no index");
            done.run();
        }, e -> {
            lastResult.set("deleting the index failed: " + e.getMessage());
            done.run();
        });
    }

    /** New rows (live mode): adds them to the index quietly, after the running job if there is one. */
    private void update(Battle battle) {
        if (battle.onServer()) {
            return;
        }
        if (cancel != null) {
            updateAsked = true;
            return;
        }
        start(battle, "Updating the index", false, p -> service.update(battle, p), () -> { });
    }

    private interface Work {
        IndexRun run(MaintenanceProgress progress) throws Exception;
    }

    private void start(Battle battle, String title, boolean shown, Work work, Runnable done) {
        AtomicBoolean flag = new AtomicBoolean(false);
        cancel = flag;
        if (shown) {
            running.set(true);
            progress.set(-1);
            message.set(title);
        }
        MaintenanceProgress p = new MaintenanceProgress() {
            @Override
            public void update(double fraction, String text) {
                if (shown) {
                    FxThread.run(() -> {
                        progress.set(fraction);
                        message.set(text);
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
        Consumer<Object> finish = result -> {
            if (cancel == flag) {
                cancel = null;
                running.set(false);
            }
            done.run();
            if (updateAsked && ctx.battle() != null) {
                updateAsked = false;
                update(ctx.battle());
            }
        };
        java.util.concurrent.Callable<IndexRun> call = () -> work.run(p);
        Consumer<IndexRun> ok = r -> {
            lastResult.set(r.describe());
            finish.accept(r);
        };
        Consumer<Exception> failed = e -> {
            lastResult.set("index: " + e.getMessage());
            finish.accept(e);
        };
        if (shown) {
            ctx.jobs().run(title, call, ok, failed);
        } else {
            ctx.jobs().runQuietly(title, call, ok, failed);
        }
    }
}
