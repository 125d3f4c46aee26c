package com.battlescope.ui.shell;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleOverview;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.service.ServerSpec;
import com.battlescope.service.TimeRange;
import com.battlescope.service.index.IndexService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.Jobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of the main window: the battle overview the status bar shows and the commands that open a folder. Opening
 * runs in the background; on success the battle replaces the open one in {@link AppContext} (the same folder again
 * keeps the models picked and the range), a failure leaves the open battle as it is. Works without the FX toolkit.
 */
public final class ShellViewModel {
    /**
     * What an open did, for the window: the folder (for a server battle its {@code /postgresql/...} path), whether
     * it is another battle than the one before, and the server battle it was (null for a folder).
     */
    public record Opened(Path folder, boolean newFolder, ServerSpec server) {
        public Opened(Path folder, boolean newFolder) {
            this(folder, newFolder, null);
        }
    }

    private record Read(Battle battle, BattleOverview overview) {
    }

    private final AppContext ctx;
    private final BattleService battles;
    private final Consumer<Exception> errors;
    private final ReadOnlyObjectWrapper<BattleOverview> overview = new ReadOnlyObjectWrapper<>();
    private Battle shownBattle;
    /** The server battle shown and how its password is asked for (reload opens it again); null for a folder. */
    private ServerSpec shownServer;
    private PasswordPrompt serverPrompt;

    /** @param errors gets the failures nobody asked for (reading the counts of a battle set by someone else) */
    public ShellViewModel(AppContext ctx, BattleService battles, Consumer<Exception> errors) {
        this.ctx = ctx;
        this.battles = battles;
        this.errors = errors;
        ctx.battleProperty().addListener((o, a, b) -> {
            if (b != null && b != shownBattle) {
                refreshOverview(b);
            }
        });
        // live rows move the status bar's counts on without counting the tables again
        ctx.dataVersionProperty().addListener((o, was, now) -> {
            if (ctx.liveUpdate() != null && overview.get() != null && ctx.battle() == shownBattle) {
                overview.set(overview.get().plus(ctx.liveUpdate()));
            }
        });
    }

    /** The open battle's folder, models, counts and time span; null before the first open. */
    public ReadOnlyObjectProperty<BattleOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Opens a folder (or one of its .db files) in the background; {@code done} or {@code failed} on the FX thread. */
    public void open(Path folderOrFile, Consumer<Opened> done, Consumer<Exception> failed) {
        Path folder = Files.isRegularFile(folderOrFile) ? folderOrFile.toAbsolutePath().getParent() : folderOrFile;
        open("Opening " + folder, () -> battles.open(folderOrFile), read -> {
            shownServer = null;
            done.accept(show(read, folder, null));
        }, failed);
    }

    /**
     * Opens a server battle in the background (File › Open database server…); {@code prompt} is asked for a password
     * (on a background thread) only when the server wants one that PGPASSWORD and ~/.pgpass did not give.
     */
    public void openServer(ServerSpec server, PasswordPrompt prompt, Consumer<Opened> done,
                           Consumer<Exception> failed) {
        open("Opening " + server.label(), () -> battles.open(server, prompt), read -> {
            shownServer = server;
            serverPrompt = prompt;
            done.accept(show(read, read.overview().folder(), server));
        }, failed);
    }

    /** Null when write actions may run on the open battle, else why not (a read-only role on a server). */
    public String writeRefusal() {
        return shownBattle == null ? null : shownBattle.writeRefusal();
    }

    Jobs jobs() {
        return ctx.jobs();
    }

    /** The server battle shown, or null when a folder (or nothing) is open. */
    public ServerSpec server() {
        return shownServer;
    }

    private void open(String title, Callable<Battle> opener, Consumer<Read> shown, Consumer<Exception> failed) {
        ctx.jobs().run(title, () -> {
            Battle battle = opener.call();
            try {
                // a current index is read through from the first view on; the index controller's background job
                // verifies it fully, and builds or rebuilds it otherwise
                new IndexService().attachAtOpen(battle);
                return new Read(battle, BattleOverview.of(battle));
            } catch (RuntimeException e) {
                battle.close();
                throw e;
            }
        }, shown, failed);
    }

    /**
     * Opens the current battle again (rows the engine wrote, files maintenance changed): the folder, or the server
     * schema; nothing when none.
     */
    public void reload(Consumer<Opened> done, Consumer<Exception> failed) {
        if (shownServer != null) {
            openServer(shownServer, serverPrompt, done, failed);
        } else if (overview.get() != null) {
            open(overview.get().folder(), done, failed);
        }
    }

    private Opened show(Read read, Path folder, ServerSpec server) {
        boolean sameFolder = overview.get() != null && overview.get().folder().equals(read.overview().folder());
        List<String> keep = sameFolder ? new ArrayList<>(ctx.selectedModels()) : null;
        TimeRange range = sameFolder ? ctx.range() : TimeRange.ALL;
        List<String> models = read.overview().models();
        overview.set(read.overview());
        shownBattle = read.battle();
        ctx.open(read.battle(), models, keep == null ? models : models.stream().filter(keep::contains).toList(),
                range);
        return new Opened(folder, !sameFolder, server);
    }

    /** A battle set by someone else: read its counts again for the status bar. */
    private void refreshOverview(Battle battle) {
        shownBattle = battle;
        ctx.jobs().run("Reading " + battle.path().getFileName(), () -> BattleOverview.of(battle), overview::set,
                errors);
    }
}
