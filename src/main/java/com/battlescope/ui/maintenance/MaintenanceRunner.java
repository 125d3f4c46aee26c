package com.battlescope.ui.maintenance;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.ui.AppContext;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Runs one maintenance action from the GUI: works out its plan in the background, asks for confirmation showing
 * exactly what will change, runs it in the background with a progress window (and Cancel where it can stop
 * safely), shows the result, and re-opens the battle so that every view reads the changed files.
 */
final class MaintenanceRunner {
    private final AppContext ctx;
    private final Supplier<Window> owner;
    private final Runnable reload;
    private final MaintenanceService service;

    /** @param reload re-opens the battle after a change; null: open it again here and set it on the context */
    MaintenanceRunner(AppContext ctx, Supplier<Window> owner, Runnable reload, MaintenanceService service) {
        this.ctx = ctx;
        this.owner = owner;
        this.reload = reload;
        this.service = service;
    }

    /** An action that changes the databases: plan, confirm, run. */
    void confirmAndRun(MaintenanceTask task) {
        Path folder = folder();
        if (folder == null) {
            return;
        }
        confirmAndRun(folder, task);
    }

    /** As {@link #confirmAndRun(MaintenanceTask)} on a given folder (one the app could not open, for recovery). */
    void confirmAndRun(Path folder, MaintenanceTask task) {
        Battle server = serverAt(folder);
        ctx.jobs().run("Planning: " + task.action().title(),
                () -> server != null ? service.plan(server, task) : service.plan(folder, task),
                plan -> confirm(folder, task, plan), e -> Dialogs.error(owner.get(), task.action().title(), e).show());
    }

    /** An action that only reads (or writes only new files): run it straight away. */
    void run(MaintenanceTask task, boolean cancellable) {
        Path folder = folder();
        if (folder != null) {
            execute(folder, task, cancellable);
        }
    }

    /** Runs without dialogs, handing the result over (the statistics window). */
    void runQuietly(MaintenanceTask task, Consumer<MaintenanceResult> done, Consumer<Exception> failed) {
        Path folder = folder();
        if (folder != null) {
            ctx.jobs().run(task.action().title(), () -> run(folder, task, MaintenanceProgress.NONE), done, failed);
        }
    }

    private void confirm(Path folder, MaintenanceTask task, MaintenancePlan plan) {
        Alert confirm = Dialogs.confirm(owner.get(), plan);
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == Dialogs.APPLY) {
                execute(folder, task, plan.cancellable());
            }
        });
        confirm.show();
    }

    private void execute(Path folder, MaintenanceTask task, boolean cancellable) {
        MaintenanceAction action = task.action();
        ProgressWindow progress = new ProgressWindow(owner.get(), action.title(), cancellable);
        progress.show();
        ctx.jobs().run("Maintenance: " + action.title(), () -> run(folder, task, progress), result -> {
            progress.close();
            Dialogs.result(owner.get(), result).show();
            if (action.writes() && result.status() == MaintenanceResult.Status.DONE) {
                if (reload != null && ctx.battle() != null) {
                    reload.run();
                } else {
                    reopen(folder);
                }
            }
        }, e -> {
            progress.close();
            Dialogs.error(owner.get(), action.title(), e).show();
        });
    }

    /** The app opens battles read-only and caches what tables exist: open the folder again and hand it to the views. */
    private void reopen(Path folder) {
        ctx.jobs().run("Re-opening " + folder.getFileName(), () -> new BattleService().open(folder), ctx::replaceBattle,
                e -> Dialogs.error(owner.get(), "Re-opening the battle", e).show());
    }

    /** On the open server battle when {@code folder} is its place, else on the folder. */
    private MaintenanceResult run(Path folder, MaintenanceTask task, MaintenanceProgress progress) {
        Battle server = serverAt(folder);
        return server != null ? service.run(server, task, progress) : service.run(folder, task, progress);
    }

    /** The open battle when it is a server battle at {@code place} (its {@code /postgresql/...} path), else null. */
    private Battle serverAt(Path place) {
        Battle b = ctx.battle();
        return b != null && b.onServer() && b.path().equals(place) ? b : null;
    }

    Path folder() {
        Battle b = ctx.battle();
        return b == null ? null : b.path();
    }

    AppContext context() {
        return ctx;
    }

    Supplier<Window> owner() {
        return owner;
    }

    MaintenanceService service() {
        return service;
    }
}
