package com.battlescope.cli;

import com.battlescope.service.Battle;
import com.battlescope.service.index.IndexRun;
import com.battlescope.service.index.IndexService;
import com.battlescope.service.index.IndexSummary;
import com.battlescope.service.maintenance.MaintenanceProgress;
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
        try (Battle battle = data.openEngineFiles()) {
            if (battle.onServer()) {
                err.println("index: " + battle.path() + " is a battle on a database server: BattleScope's own index is"
                        + " for battle folders (a server battle is read through the server's own indexes)");
                return 1;
            }
            if (mode != null && mode.status) {
                out.println(Formats.json(status(service.summary(battle))));
            } else if (mode != null && mode.delete) {
                boolean existed = service.delete(battle);
                out.println((existed ? "deleted " : "no index to delete at ") + service.file(battle));
            } else {
                MaintenanceProgress progress = new MaintenanceProgress() {
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
                IndexRun r = mode != null && mode.rebuild ? service.rebuild(battle, progress)
                        : service.open(battle, progress);
                IndexSummary s = service.summary(battle);
                out.println(r.describe() + ": " + s.file() + " (" + Cells.bytes(s.sizeBytes()) + ")");
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
        root.put("complete", s.complete());
        root.put("in_use", s.inUse());
        root.put("size_bytes", s.sizeBytes());
        root.put("decisions_db_bytes", s.decisionsBytes());
        Formats.putNumber(root, "size_pct_of_decisions_db", s.sizePctOfDecisions());
        root.put("built_at", s.builtAt() == null ? null : s.builtAt().toString());
        root.put("updated_at", s.updatedAt() == null ? null : s.updatedAt().toString());
        root.put("schema_version", s.schemaVersion());
        ObjectNode parts = root.putObject("parts");
        s.parts().forEach(parts::put);
        ArrayNode covers = root.putArray("covers");
        for (IndexSummary.Coverage c : s.covers()) {
            ObjectNode n = covers.addObject();
            n.put("table", c.table());
            n.put("file", c.file());
            n.put("rows", c.rows());
            n.put("min_id", c.minId());
            n.put("max_id", c.maxId());
            n.put("engine_max_id", c.engineMaxId());
            n.put("behind_by_ids", c.behind());
        }
        return root;
    }
}
