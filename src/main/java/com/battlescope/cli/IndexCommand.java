package com.battlescope.cli;

import com.battlescope.data.index.IndexCoverage;
import com.battlescope.data.index.IndexProgress;
import com.battlescope.data.index.IndexStatus;
import com.battlescope.data.index.IndexStore;
import com.battlescope.service.Battle;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.index.IndexSummary;
import com.battlescope.service.view.Cells;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
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
                out.println(Formats.json(status(IndexSummary.of(battle))));
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
    static ObjectNode status(IndexSummary s) {
        ObjectNode root = Formats.JSON.createObjectNode();
        root.put("battle", s.battle());
        root.put("file", s.file().toString());
        root.put("exists", s.exists());
        if (!s.exists()) {
            return root;
        }
        IndexStatus st = s.status();
        root.put("complete", st.complete());
        root.put("size_bytes", st.sizeBytes());
        root.put("decisions_db_bytes", s.decisionsBytes());
        Formats.putNumber(root, "size_pct_of_decisions_db", s.sizePctOfDecisions());
        root.put("built_at", st.builtAt() == null ? null : st.builtAt().toString());
        root.put("updated_at", st.updatedAt() == null ? null : st.updatedAt().toString());
        root.put("schema_version", st.schemaVersion());
        ObjectNode parts = root.putObject("parts");
        st.parts().forEach(parts::put);
        ArrayNode covers = root.putArray("covers");
        for (IndexCoverage c : st.coverage()) {
            ObjectNode n = covers.addObject();
            n.put("table", c.source().table());
            n.put("file", c.file());
            n.put("rows", c.rows());
            n.put("min_id", c.minId());
            n.put("max_id", c.maxId());
            n.put("engine_max_id", s.engineMaxIds().get(c.source()));
            n.put("behind_by_ids", s.behind(c));
        }
        return root;
    }
}
