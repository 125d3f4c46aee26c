package com.battlescope.service.index;

import com.battlescope.data.index.DecisionIndexReader;
import com.battlescope.data.index.IndexProgress;
import com.battlescope.data.index.IndexStatus;
import com.battlescope.data.index.IndexStore;
import com.battlescope.service.Battle;

/**
 * BattleScope's own index of an open battle: brought up to date (built, updated from the appended rows, or rebuilt
 * when the engine rewrote its files), rebuilt, deleted and described, with the battle's decision pages switched to
 * it only once it is verified and complete (before, and while it is discarded, they read the engine file alone).
 */
public final class IndexService {

    /**
     * Verifies and updates the index ({@link IndexStore#refresh}); then the battle's pages read through it. A
     * cancelled build leaves the battle on the engine file (the next refresh resumes it).
     */
    public IndexStore.Refresh refresh(Battle battle, IndexProgress progress, IndexStore.Check check) {
        IndexStore store = store(battle);
        IndexStore.Refresh r = store.refresh(progress, check);
        if (r.outcome() != IndexStore.Outcome.CANCELLED) {
            battle.useIndex(DecisionIndexReader.open(store));
        }
        return r;
    }

    /** Discards the index and builds it again. */
    public IndexStore.Refresh rebuild(Battle battle, IndexProgress progress) {
        IndexStore store = store(battle);
        battle.useIndex(null);
        IndexStore.Refresh r = store.rebuild(progress);
        if (r.outcome() != IndexStore.Outcome.CANCELLED) {
            battle.useIndex(DecisionIndexReader.open(store));
        }
        return r;
    }

    /** Deletes the index file; the battle reads the engine file alone. True when there was one. */
    public boolean delete(Battle battle) {
        battle.useIndex(null);
        return store(battle).delete();
    }

    /** What the index file says it covers; null when there is none. */
    public IndexStatus status(Battle battle) {
        return store(battle).status();
    }

    private static IndexStore store(Battle battle) {
        IndexStore store = battle.indexStore();
        store.beforeDiscard(() -> battle.useIndex(null));
        return store;
    }
}
