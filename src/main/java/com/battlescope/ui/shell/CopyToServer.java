package com.battlescope.ui.shell;

import com.battlescope.service.BattleService;
import com.battlescope.service.MigrateService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.service.ServerSpec;
import com.battlescope.service.UserMessages;
import com.battlescope.ui.FxThread;
import com.battlescope.ui.Jobs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * File › Copy battle to server…: the dialog ({@link ServerDialog} with a folder, a schema that may be new and
 * "only new rows"), then {@code migrate} in the background with its progress and a Cancel button in the status bar,
 * and the verified row counts after. A cancelled or failed copy leaves the server schema as it was (migrate's
 * promise: a staging schema, or one transaction for an incremental run).
 */
final class CopyToServer {
    private final Supplier<Window> owner;
    private final Jobs jobs;
    private final BattleService battles;
    private final PasswordPrompt prompt;
    private final RecentServers recent;
    private final MainStatusBar status;
    private final MigrateService migrate = new MigrateService();
    /** Where a copy's one-line outcome goes besides the status bar (tests; the app shows a dialog). */
    private Consumer<String> done = this::showCounts;

    CopyToServer(Supplier<Window> owner, Jobs jobs, BattleService battles, PasswordPrompt prompt,
                 RecentServers recent, MainStatusBar status) {
        this.owner = owner;
        this.jobs = jobs;
        this.battles = battles;
        this.prompt = prompt;
        this.recent = recent;
        this.status = status;
    }

    void onDone(Consumer<String> consumer) {
        this.done = consumer;
    }

    /** Shows the dialog for {@code folder} (the open battle's, or the last one); Copy starts the copy. */
    void choose(Path folder) {
        ServerDialog dialog = new ServerDialog(owner.get(), jobs, battles, prompt, recent.list(),
                folder == null ? Path.of("") : folder);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                start(dialog.copyFolder(), dialog.getResult(), dialog.incremental());
            }
        });
        dialog.show();
    }

    /** Copies in the background; progress and Cancel in the status bar. */
    void start(Path folder, ServerSpec target, boolean incremental) {
        AtomicBoolean cancelled = new AtomicBoolean();
        String where = target.label();
        status.showTask("Copying " + folder.getFileName() + " to " + where + "…", () -> cancelled.set(true));
        RowsProgress progress = new RowsProgress(cancelled, (fraction, text) ->
                FxThread.run(() -> status.showProgress(fraction, text)));
        jobs.run("Copying " + folder + " to " + where, () -> migrate.migrate(folder, target.withSchema(null).url(),
                target.schema(), incremental, prompt, progress), result -> {
                    recent.add(target);
                    String line = summary(result);
                    status.endTask(line);
                    done.accept(line + "\n\n" + counts(result));
                }, e -> {
                    String line = cancelled.get() && isCancel(e)
                            ? "Copy to " + where + " cancelled: the server schema is as it was before"
                            : "Copy to " + where + " failed, the server schema is as it was before: " + UserMessages.of(e);
                    status.endTask(line);
                    done.accept(line);
                });
    }

    /** Where a copy's progress goes: the share of all rows done (negative: unknown) and a line saying what runs. */
    interface ProgressView {
        void show(double fraction, String text);
    }

    /**
     * The copy's reports as a share of all the rows the run copies (migrate tells their sum first); unknown while
     * the indexes are built. Throws at the next report once cancelled (migrate then leaves the server as it was).
     */
    static final class RowsProgress implements MigrateService.Progress {
        private final AtomicBoolean cancelled;
        private final ProgressView view;
        private final java.util.Map<String, Long> copied = new java.util.HashMap<>();
        private long planned = -1;

        RowsProgress(AtomicBoolean cancelled, ProgressView view) {
            this.cancelled = cancelled;
            this.view = view;
        }

        @Override
        public void planned(long rows) {
            planned = rows;
        }

        @Override
        public void rows(String table, long done, long total) {
            if (cancelled.get()) {
                throw new CancellationException("cancelled");
            }
            if (MigrateService.INDEXES.equals(table)) {
                view.show(-1, "Building the indexes on the server…");
                return;
            }
            copied.put(table, done);
            long sum = copied.values().stream().mapToLong(Long::longValue).sum();
            double fraction = planned > 0 ? sum / (double) planned : planned == 0 ? 1 : -1;
            view.show(fraction, String.format(Locale.ROOT, "Copying %s: %,d of %,d rows%s", table, done, total,
                    fraction < 0 ? "" : String.format(Locale.ROOT, " (%.0f %% of all)", fraction * 100)));
        }
    }

    /** "Copied 5,710 rows of folder into schema s (incremental) in 1.2 s, 4,800 rows/s; counts verified". */
    static String summary(MigrateService.Result r) {
        return String.format(Locale.ROOT, "Copied %,d rows into schema %s%s in %.1f s (%,.0f rows/s); every table's "
                        + "row count verified equal to the folder's", r.copied(), r.schema(),
                r.incremental() ? " (only new rows)" : "", r.seconds(), r.rowsPerSecond());
    }

    /** One line per table: rows copied now and rows on the server (= in the folder). */
    static String counts(MigrateService.Result r) {
        return r.tables().stream().map(t -> String.format(Locale.ROOT, "%-22s %,12d copied  %,12d on the server",
                t.table(), t.copied(), t.rows())).collect(Collectors.joining("\n"));
    }

    private static boolean isCancel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UserMessages.of(e).contains("cancelled");
    }

    private void showCounts(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (owner.get() != null) {
            a.initOwner(owner.get());
        }
        a.setTitle("Copy battle to server");
        a.setHeaderText(text.lines().findFirst().orElse(text));
        // the table's lines whole (as content text they wrapped at the dialog's width)
        javafx.scene.control.Label table = new javafx.scene.control.Label(
                text.contains("\n\n") ? text.substring(text.indexOf("\n\n") + 2) : "");
        table.setWrapText(false);
        table.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(table);
        a.getDialogPane().setStyle("-fx-font-family: monospace;");
        a.show();
    }
}
