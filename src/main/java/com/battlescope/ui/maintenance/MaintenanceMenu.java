package com.battlescope.ui.maintenance;

import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.service.Battle;
import com.battlescope.service.maintenance.Analyze;
import com.battlescope.service.maintenance.ApplySchema;
import com.battlescope.service.maintenance.Backup;
import com.battlescope.service.maintenance.IntegrityCheck;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.RebuildSummaries;
import com.battlescope.service.maintenance.RecomputeStandings;
import com.battlescope.service.maintenance.RecoverJournal;
import com.battlescope.service.maintenance.SearchIndex;
import com.battlescope.service.maintenance.SpeedIndexes;
import com.battlescope.service.maintenance.SnapshotLeaderboard;
import com.battlescope.service.maintenance.Vacuum;
import com.battlescope.service.maintenance.WalCheckpoint;
import com.battlescope.ui.AppContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The Maintenance menu for the main window: every maintenance action on the open battle. Each action that changes
 * the databases first shows exactly what it will change and asks; then it runs in the background with progress,
 * shows its result and re-opens the battle. Use
 * {@code mainWindow.addMenu(new MaintenanceMenu(ctx, () -> stage, mainWindow::reload).menu())}.
 */
public final class MaintenanceMenu {
    private final MaintenanceRunner runner;

    /**
     * With the maintenance log in the user's app data folder; after a change the battle is opened again and set on
     * the context.
     */
    public MaintenanceMenu(AppContext ctx, Supplier<Window> owner) {
        this(ctx, owner, new MaintenanceService(MaintenanceLog.standard()));
    }

    /** @param reload re-opens the battle after a change, e.g. {@code mainWindow::reload} */
    public MaintenanceMenu(AppContext ctx, Supplier<Window> owner, Runnable reload) {
        this(ctx, owner, reload, new MaintenanceService(MaintenanceLog.standard()));
    }

    public MaintenanceMenu(AppContext ctx, Supplier<Window> owner, Runnable reload, MaintenanceService service) {
        this.runner = new MaintenanceRunner(ctx, owner, java.util.Objects.requireNonNull(reload, "reload"), service);
    }

    /** Re-opens the battle itself after a change (BattleService.open on the same folder, set on the context). */
    MaintenanceMenu(AppContext ctx, Supplier<Window> owner, MaintenanceService service) {
        this.runner = new MaintenanceRunner(ctx, owner, null, service);
    }

    /** A new "Maintenance" menu; its actions are disabled while no battle is open. */
    public Menu menu() {
        Menu snapshot = new Menu("Snapshot leaderboard");
        snapshot.setId("maintenance-snapshot");
        for (Timeframe tf : Timeframe.values()) {
            snapshot.getItems().add(write(label(tf), "maintenance-snapshot-" + tf.text(),
                    new SnapshotLeaderboard(tf)));
        }
        snapshot.disableProperty().bind(writeRefused());
        Menu menu = new Menu("Maintenance");
        menu.setId("maintenance-menu");
        menu.getItems().addAll(readOnlyNote(), snapshot,
                write("Recompute current standings…", "maintenance-standings", new RecomputeStandings()),
                write("Rebuild summaries…", "maintenance-summaries", new RebuildSummaries()),
                writes(item("Archive old data…", "maintenance-archive", this::archive)),
                needsBattle(item("Back up…", "maintenance-backup", this::backup)),
                new SeparatorMenuItem(),
                write("Apply schema (missing indexes and views)…", "maintenance-schema", new ApplySchema()),
                write("Build search index…", "maintenance-search-index", new SearchIndex(true)),
                write("Create speed-up indexes…", "maintenance-speed-indexes", new SpeedIndexes()),
                new SeparatorMenuItem(),
                write("VACUUM…", "maintenance-vacuum", new Vacuum()),
                write("ANALYZE…", "maintenance-analyze", new Analyze()),
                write("WAL checkpoint…", "maintenance-checkpoint", new WalCheckpoint()),
                item("Recover interrupted write…", "maintenance-recover", this::recover),
                needsBattle(item("Integrity check", "maintenance-check",
                        () -> runner.run(new IntegrityCheck(false), true))),
                new SeparatorMenuItem(),
                needsBattle(item("Database statistics", "maintenance-stats", () -> new StatisticsWindow(runner).show())),
                item("Maintenance log", "maintenance-log", () -> new MaintenanceLogWindow(runner.owner().get(),
                        runner.service().log(), runner.context().jobs()).show()));
        return menu;
    }

    private void archive() {
        Path folder = runner.folder();
        if (folder == null) {
            return;
        }
        runner.context().jobs().run("Reading the latest snapshot", () -> {
            Stamp latest = runner.context().battle().latestSnapshotTime();
            return latest == null ? LocalDate.now().minusDays(30) : latest.date().minusDays(30);
        }, suggested -> {
            Battle battle = runner.context().battle();
            String archiveSchema = battle != null && battle.onServer() ? battle.serverSchema() + "_archive" : null;
            ArchiveDialog dialog = new ArchiveDialog(runner.owner().get(), suggested, folder.resolve("archive.db"),
                    archiveSchema);
            dialog.setOnHidden(e -> {
                if (dialog.getResult() != null) {
                    runner.confirmAndRun(dialog.getResult());
                }
            });
            dialog.show();
        }, e -> Dialogs.error(runner.owner().get(), "Archive", e).show());
    }

    /**
     * Rolls back a transaction the engine left unfinished: on the open battle's folder, else on a folder the user
     * picks (a battle with a hot journal cannot be opened at all).
     */
    private void recover() {
        Path folder = runner.folder();
        if (folder == null) {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Battle folder with an interrupted write");
            java.io.File dir = chooser.showDialog(runner.owner().get());
            if (dir == null) {
                return;
            }
            folder = dir.toPath();
        }
        runner.confirmAndRun(folder, new RecoverJournal());
    }

    private void backup() {
        Path folder = runner.folder();
        if (folder == null) {
            return;
        }
        // a server battle's backup is a new battle folder on this computer
        Path suggested = runner.context().battle().onServer()
                ? Path.of(System.getProperty("user.home"), "BattleScope backups", folder.getFileName().toString())
                : folder.resolve("backups");
        BackupDialog dialog = new BackupDialog(runner.owner().get(), suggested);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                runner.run(new Backup(dialog.getResult()), true);
            }
        });
        dialog.show();
    }

    private MenuItem write(String text, String id, MaintenanceTask task) {
        return writes(item(text, id, () -> runner.confirmAndRun(task)));
    }

    /** An action that changes the battle: off while none is open and while the battle may not be written. */
    private MenuItem writes(MenuItem item) {
        item.disableProperty().bind(writeRefused());
        return item;
    }

    /** True while no battle is open, or the open one refuses writes (a read-only role on a server). */
    private BooleanBinding writeRefused() {
        return Bindings.createBooleanBinding(() -> runner.context().battle() == null
                || runner.context().battle().writeRefusal() != null, runner.context().battleProperty());
    }

    /**
     * The first line of the menu while the battle refuses writes: why the write actions are off, e.g. "Read-only:
     * role reader may not write to schema s1 (...)" (a menu item has no tooltip; this one is always seen).
     */
    private MenuItem readOnlyNote() {
        MenuItem note = new MenuItem();
        note.setId("maintenance-read-only");
        note.setMnemonicParsing(false);
        note.setDisable(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = runner.context().battle() == null ? null : runner.context().battle().writeRefusal();
            return why == null ? "" : "Read-only: " + why;
        }, runner.context().battleProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        return note;
    }

    private MenuItem needsBattle(MenuItem item) {
        item.disableProperty().bind(runner.context().battleProperty().isNull());
        return item;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static String label(Timeframe tf) {
        String t = tf.text().replace('_', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT) + "…";
    }
}
