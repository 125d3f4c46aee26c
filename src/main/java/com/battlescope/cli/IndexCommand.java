package com.battlescope.cli;

import com.battlescope.data.index.IndexCoverage;
import com.battlescope.data.index.IndexProgress;
import com.battlescope.data.index.IndexStatus;
import com.battlescope.data.index.IndexStore;
import com.battlescope.service.Battle;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.view.Cells;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code index}: BattleScope's own index of a battle, kept in the user's data directory (never in the folder).
 * Without an option it is brought up to date (built, updated or rebuilt as needed); progress goes to stderr.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or update BattleScope's own index of a battle (in the user's data directory, "
                + "never in the battle folder); or rebuild, delete or describe it.")
public class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @ArgGroup(exclusive = true)
    Mode mode;

    static class Mode {
        @Option(names = "--rebuild", description = "Discard the index and build it again.")
        boolean rebuild;
        @Option(names = "--delete", description = "Delete the index file.")
        boolean delete;
        @Option(names = "--status", description = "Print what the index covers as JSON (nothing is changed).")
        boolean status;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexService service = new IndexService();
        try (Battle battle = data.open()) {
            IndexStore store = battle.indexStore();
            if (mode != null && mode.status) {
                out.println(Formats.json(status(battle, store, service.status(battle))));
            } else if (mode != null && mode.delete) {
                boolean existed = service.delete(battle);
                out.println((existed ? "deleted " : "no index to delete at ") + store.file());
            } else {
                IndexProgress progress = new IndexProgress() {
                    private String last = "";

                    @Override
                    public void update(double fraction, String message) {
                        String line = (fraction < 0 ? "" : Math.round(fraction * 100) + " % ") + message;
                        if (!line.equals(last)) {
                            err.println(line);
                            err.flush();
                            last = line;
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                };
                IndexStore.Refresh r = mode != null && mode.rebuild ? service.rebuild(battle, progress)
                        : service.refresh(battle, progress, IndexStore.Check.FULL);
                String what = switch (r.outcome()) {
                    case BUILT -> "built (" + r.reason() + ")";
                    case UPDATED -> "updated: " + r.added() + " new rows";
                    case FRESH -> "already up to date";
                    case CANCELLED -> "cancelled";
                };
                out.println("index " + what + " in " + String.format(java.util.Locale.ROOT, "%.1f", r.seconds())
                        + " s: " + store.file() + " (" + Cells.bytes(store.size()) + ")");
            }
            out.flush();
        }
        return 0;
    }

    /** The JSON of {@code --status}: the index file, what it covers, and how that compares with the engine files. */
    static ObjectNode status(Battle battle, IndexStore store, IndexStatus s) {
        ObjectNode root = Formats.JSON.createObjectNode();
        root.put("battle", store.identity());
        root.put("file", store.file().toString());
        root.put("exists", s != null);
        if (s == null) {
            return root;
        }
        root.put("complete", s.complete());
        root.put("size_bytes", s.sizeBytes());
        Path decisions = battle.fileOf(com.battlescope.data.DecisionMapper.class);
        long decisionBytes = size(decisions);
        root.put("decisions_db_bytes", decisionBytes);
        if (decisionBytes > 0) {
            root.put("size_pct_of_decisions_db", Math.round(1000.0 * s.sizeBytes() / decisionBytes) / 10.0);
        }
        root.put("built_at", s.builtAt() == null ? null : s.builtAt().toString());
        root.put("updated_at", s.updatedAt() == null ? null : s.updatedAt().toString());
        root.put("schema_version", s.schemaVersion());
        ObjectNode parts = root.putObject("parts");
        s.parts().forEach(parts::put);
        ArrayNode covers = root.putArray("covers");
        for (IndexCoverage c : s.coverage()) {
            ObjectNode n = covers.addObject();
            n.put("table", c.source().table());
            n.put("file", c.file());
            n.put("rows", c.rows());
            n.put("min_id", c.minId());
            n.put("max_id", c.maxId());
            long engineMax = c.source() == com.battlescope.data.index.IndexSource.DECISIONS ? battle.maxDecisionId()
                    : battle.maxSnapshotId();
            n.put("engine_max_id", engineMax);
            n.put("behind_by_ids", Math.max(0, engineMax - c.maxId()));
        }
        return root;
    }

    private static long size(Path p) {
        try {
            return p != null && Files.exists(p) ? Files.size(p) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
