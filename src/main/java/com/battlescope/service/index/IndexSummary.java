package com.battlescope.service.index;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.index.IndexCoverage;
import com.battlescope.data.index.IndexSource;
import com.battlescope.data.index.IndexStatus;
import com.battlescope.data.index.IndexStore;
import com.battlescope.service.Battle;
import com.battlescope.service.view.Cells;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What BattleScope's index of a battle is and covers, compared with the engine files now: for the
 * {@code index --status} JSON and the Maintenance › BattleScope index dialog.
 *
 * @param exists         false when there is no index file (the other facts are then empty)
 * @param complete       false while a build runs or was stopped (the index is not used then)
 * @param decisionsBytes the size of the file the decisions are read from
 * @param parts          the index's parts and their versions
 * @param covers         what it holds of each engine table
 * @param inUse          whether the battle's decision pages read through the index
 */
public record IndexSummary(String battle, Path file, boolean exists, boolean complete, long sizeBytes,
                           long decisionsBytes, Instant builtAt, Instant updatedAt, int schemaVersion,
                           Map<String, Integer> parts, List<Coverage> covers, boolean inUse) {

    /**
     * One engine table: the rows the index holds (ids {@code minId}..{@code maxId}) and the engine's largest id now.
     */
    public record Coverage(String table, String file, long rows, long minId, long maxId, long engineMaxId) {
        /** Ids the engine wrote after the index was last updated. */
        public long behind() {
            return Math.max(0, engineMaxId - maxId);
        }
    }

    public static IndexSummary of(Battle battle) {
        IndexStore store = battle.indexStore();
        IndexStatus status = store.status();
        long decisions = size(battle.fileOf(DecisionMapper.class));
        if (status == null) {
            return new IndexSummary(store.identity(), store.file(), false, false, 0, decisions, null, null, 0,
                    Map.of(), List.of(), battle.usesIndex());
        }
        List<Coverage> covers = new ArrayList<>();
        for (IndexCoverage c : status.coverage()) {
            long max = switch (c.source()) {
                case DECISIONS -> battle.maxDecisionId();
                case SNAPSHOTS -> battle.maxSnapshotId();
                case TRADES -> battle.maxTradeId();
            };
            covers.add(new Coverage(c.source().table(), c.file(), c.rows(), c.minId(), c.maxId(), max));
        }
        return new IndexSummary(store.identity(), store.file(), true, status.complete(), status.sizeBytes(), decisions,
                status.builtAt(), status.updatedAt(), status.schemaVersion(), new TreeMap<>(status.parts()), covers,
                battle.usesIndex());
    }

    /** The index's size as a percentage of the decisions file, or null. */
    public Double sizePctOfDecisions() {
        return !exists || decisionsBytes <= 0 ? null : Math.round(1000.0 * sizeBytes / decisionsBytes) / 10.0;
    }

    /** Label and text per line, as the dialog shows them. */
    public List<String[]> lines(Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Battle", battle});
        out.add(new String[] {"Index file", file.toString()});
        if (!exists) {
            out.add(new String[] {"State", "no index yet (it is built in the background when the battle is opened)"});
            return out;
        }
        out.add(new String[] {"State", !complete ? "being built (or stopped): not used yet"
                : inUse ? "in use: decision pages and search read through it" : "complete, not in use"});
        out.add(new String[] {"Size", Cells.bytes(sizeBytes) + (sizePctOfDecisions() == null ? ""
                : String.format(Locale.ROOT, " (%.1f %% of %s, %s)", sizePctOfDecisions(), decisionsFile(),
                Cells.bytes(decisionsBytes)))});
        out.add(new String[] {"Built", when(builtAt, now)});
        out.add(new String[] {"Updated", when(updatedAt, now)});
        for (Coverage c : covers) {
            long behind = c.behind();
            out.add(new String[] {"Covers", String.format(Locale.ROOT, "%s in %s: %,d rows, ids %,d–%,d; %s",
                    c.table(), c.file(), c.rows(), c.minId(), c.maxId(),
                    behind == 0 ? "up to date" : String.format(Locale.ROOT,
                            "%,d newer ids not indexed yet (read from the engine file)", behind))});
        }
        StringBuilder text = new StringBuilder();
        parts.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(" v").append(v));
        out.add(new String[] {"Parts", text + "; schema v" + schemaVersion});
        return out;
    }

    private String decisionsFile() {
        return covers.stream().filter(c -> c.table().equals(IndexSource.DECISIONS.table())).map(Coverage::file)
                .findFirst().orElse("decisions.db");
    }

    private static String when(Instant t, Instant now) {
        if (t == null) {
            return "—";
        }
        Duration age = Duration.between(t, now);
        String ago = age.toDays() > 0 ? age.toDays() + " d" : age.toHours() > 0 ? age.toHours() + " h"
                : age.toMinutes() > 0 ? age.toMinutes() + " min" : Math.max(0, age.toSeconds()) + " s";
        return t.toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + " (" + ago + " ago)";
    }

    private static long size(Path p) {
        try {
            return p != null && Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
