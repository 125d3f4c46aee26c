package com.battlescope.service.index;

import com.battlescope.data.index.DecisionIndexReader;
import com.battlescope.data.index.IndexStore;
import com.battlescope.service.Battle;
import com.battlescope.service.maintenance.MaintenanceProgress;
import java.nio.file.Path;

/**
 * BattleScope's own index of an open battle: brought up to date (built, updated from the appended rows, or rebuilt
 * when the engine rewrote its files), rebuilt, deleted and described, with the battle's decision pages switched to
 * it only once it is verified and complete (before, and while it is discarded, they read the engine file alone).
 */
public final class IndexService {
    /** New ids {@link #attachAtOpen} adds while the battle opens; more are left to the background job. */
    public static final long OPEN_AT_ONCE = 50_000;

    /**
     * Fully verifies the index (its pages, and the engine rows it covers) and brings it up to date; then the battle's
     * pages read through it. For a battle just opened, and the {@code index} command. A stopped build leaves the
     * battle on the engine file (the next call resumes it).
     */
    public IndexRun open(Battle battle, MaintenanceProgress progress) {
        return run(battle, () -> store(battle).refresh(progress, IndexStore.Check.FULL));
    }

    /** As {@link #open}, with the quick checks only (a battle verified at open, then polled by live mode). */
    public IndexRun update(Battle battle, MaintenanceProgress progress) {
        return run(battle, () -> store(battle).refresh(progress, IndexStore.Check.QUICK));
    }

    /**
     * Reads through an existing index for a command that opens the battle once: a complete index gets the rows the
     * engine appended since and is then used; anything that would need a build ({@link IndexRun.Outcome#STALE}, also
     * no index at all) leaves the battle on the engine files. Server battles have no index of their own (null), and
     * an index that cannot be read is not used (null): it only costs speed, the engine files give the same answers.
     */
    public IndexRun attach(Battle battle) {
        return attach(battle, Long.MAX_VALUE);
    }

    /**
     * As {@link #attach} for the app opening a battle, before its first view is computed: only when the index needs
     * at most {@link #OPEN_AT_ONCE} new ids (a few hundred milliseconds at the most), so the first leaderboard already
     * reads through it; the background job ({@link #open}) then verifies it fully, and rebuilds it if it must.
     */
    public IndexRun attachAtOpen(Battle battle) {
        return attach(battle, OPEN_AT_ONCE);
    }

    private IndexRun attach(Battle battle, long maxIds) {
        if (battle.onServer()) {
            return null;
        }
        try {
            return run(battle, () -> store(battle).updateOnly(MaintenanceProgress.NONE, maxIds));
        } catch (RuntimeException e) {
            battle.useIndex(null);
            return null;
        }
    }

    /** Discards the index and builds it again. */
    public IndexRun rebuild(Battle battle, MaintenanceProgress progress) {
        battle.useIndex(null);
        return run(battle, () -> store(battle).rebuild(progress));
    }

    /** Deletes the index file; the battle reads the engine file alone. True when there was one. */
    public boolean delete(Battle battle) {
        battle.useIndex(null);
        return store(battle).delete();
    }

    /** The index file of the battle (it may not exist). */
    public Path file(Battle battle) {
        return battle.indexStore().file();
    }

    /** What the index is and covers, compared with the engine files now. */
    public IndexSummary summary(Battle battle) {
        return IndexSummary.of(battle);
    }

    private static IndexRun run(Battle battle, java.util.function.Supplier<IndexStore.Refresh> refresh) {
        IndexStore.Refresh r = refresh.get();
        if (r.outcome() != IndexStore.Outcome.CANCELLED && r.outcome() != IndexStore.Outcome.STALE) {
            battle.useIndex(DecisionIndexReader.open(battle.indexStore()));
        }
        return new IndexRun(IndexRun.Outcome.valueOf(r.outcome().name()), r.reason(), r.added(), r.seconds());
    }

    private static IndexStore store(Battle battle) {
        IndexStore store = battle.indexStore();
        store.beforeDiscard(() -> battle.useIndex(null));
        return store;
    }
}
