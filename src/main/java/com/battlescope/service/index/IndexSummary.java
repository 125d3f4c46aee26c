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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What BattleScope's index of a battle is and covers, compared with the engine files now: for the
 * {@code index --status} JSON and the Maintenance › BattleScope index dialog.
 *
 * @param status         null when there is no index file
 * @param decisionsBytes the size of the file the decisions are read from
 * @param engineMaxIds   the engine's largest id per covered table now
 * @param inUse          whether the battle's decision pages read through the index
 */
public record IndexSummary(String battle, Path file, IndexStatus status, long decisionsBytes,
                           Map<IndexSource, Long> engineMaxIds, boolean inUse) {

    public static IndexSummary of(Battle battle) {
        IndexStore store = battle.indexStore();
        IndexStatus status = store.status();
        Map<IndexSource, Long> max = new LinkedHashMap<>();
        if (status != null) {
            for (IndexCoverage c : status.coverage()) {
                max.put(c.source(), c.source() == IndexSource.DECISIONS ? battle.maxDecisionId()
                        : battle.maxSnapshotId());
            }
        }
        return new IndexSummary(store.identity(), store.file(), status, size(battle.fileOf(DecisionMapper.class)),
                max, battle.usesIndex());
    }

    public boolean exists() {
        return status != null;
    }

    /** The index's size as a percentage of the decisions file, or null. */
    public Double sizePctOfDecisions() {
        return status == null || decisionsBytes <= 0 ? null
                : Math.round(1000.0 * status.sizeBytes() / decisionsBytes) / 10.0;
    }

    /** Ids of a covered table the engine wrote after the index was last updated. */
    public long behind(IndexCoverage c) {
        return Math.max(0, engineMaxIds.getOrDefault(c.source(), c.maxId()) - c.maxId());
    }

    /** Label and text per line, as the dialog shows them. */
    public List<String[]> lines(Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Battle", battle});
        out.add(new String[] {"Index file", file.toString()});
        if (status == null) {
            out.add(new String[] {"State", "no index yet (it is built in the background when the battle is opened)"});
            return out;
        }
        out.add(new String[] {"State", !status.complete() ? "being built (or interrupted): not used yet"
                : inUse ? "in use: decision pages and search read through it" : "complete, not in use"});
        out.add(new String[] {"Size", Cells.bytes(status.sizeBytes()) + (sizePctOfDecisions() == null ? ""
                : String.format(Locale.ROOT, " (%.1f %% of %s, %s)", sizePctOfDecisions(),
                file(IndexSource.DECISIONS), Cells.bytes(decisionsBytes)))});
        out.add(new String[] {"Built", when(status.builtAt(), now)});
        out.add(new String[] {"Updated", when(status.updatedAt(), now)});
        for (IndexCoverage c : status.coverage()) {
            long behind = behind(c);
            out.add(new String[] {"Covers", String.format(Locale.ROOT, "%s in %s: %,d rows, ids %,d–%,d; %s",
                    c.source().table(), c.file(), c.rows(), c.minId(), c.maxId(),
                    behind == 0 ? "up to date" : String.format(Locale.ROOT,
                            "%,d newer ids not indexed yet (read from the engine file)", behind))});
        }
        StringBuilder parts = new StringBuilder();
        status.parts().forEach((k, v) -> parts.append(parts.length() == 0 ? "" : ", ").append(k).append(" v")
                .append(v));
        out.add(new String[] {"Parts", parts + "; schema v" + status.schemaVersion()});
        return out;
    }

    private String file(IndexSource source) {
        IndexCoverage c = status.of(source);
        return c == null ? "decisions.db" : c.file();
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
