package com.battlescope.ui.shell;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleOverview;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.ui.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of the main window: the battle overview the status bar shows and the commands that open a folder. Opening
 * runs in the background; on success the battle replaces the open one in {@link AppContext} (the same folder again
 * keeps the models picked and the range), a failure leaves the open battle as it is. Works without the FX toolkit.
 */
public final class ShellViewModel {
    /** What an open did, for the window: the folder, and whether it is another folder than the one before. */
    public record Opened(Path folder, boolean newFolder) {
    }

    private record Read(Battle battle, BattleOverview overview) {
    }

    private final AppContext ctx;
    private final BattleService battles;
    private final Consumer<Exception> errors;
    private final ReadOnlyObjectWrapper<BattleOverview> overview = new ReadOnlyObjectWrapper<>();
    private Battle shownBattle;

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
        ctx.jobs().run("Opening " + folder, () -> {
            Battle battle = battles.open(folderOrFile);
            try {
                return new Read(battle, BattleOverview.of(battle));
            } catch (RuntimeException e) {
                battle.close();
                throw e;
            }
        }, read -> done.accept(show(read, folder)), failed);
    }

    /** Opens the current folder again (rows the engine wrote, files maintenance changed); nothing when none. */
    public void reload(Consumer<Opened> done, Consumer<Exception> failed) {
        if (overview.get() != null) {
            open(overview.get().folder(), done, failed);
        }
    }

    private Opened show(Read read, Path folder) {
        boolean sameFolder = overview.get() != null && overview.get().folder().equals(read.overview().folder());
        List<String> keep = sameFolder ? new ArrayList<>(ctx.selectedModels()) : null;
        TimeRange range = sameFolder ? ctx.range() : TimeRange.ALL;
        List<String> models = read.overview().models();
        overview.set(read.overview());
        shownBattle = read.battle();
        ctx.open(read.battle(), models, keep == null ? models : models.stream().filter(keep::contains).toList(),
                range);
        return new Opened(folder, !sameFolder);
    }

    /** A battle set by someone else: read its counts again for the status bar. */
    private void refreshOverview(Battle battle) {
        shownBattle = battle;
        ctx.jobs().run("Reading " + battle.path().getFileName(), () -> BattleOverview.of(battle), overview::set,
                errors);
    }
}
