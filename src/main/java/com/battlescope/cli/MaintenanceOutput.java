package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.ResultTable;
import com.battlescope.service.maintenance.TableCount;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints maintenance plans and results as readable text or JSON. */
final class MaintenanceOutput {
    /** The {@code --format} of {@code maintain}. */
    enum Format {
        text, json
    }

    private static final String NL = System.lineSeparator();

    private MaintenanceOutput() {
    }

    static String plan(MaintenancePlan plan, Format format) {
        if (format == Format.json) {
            ObjectNode n = Formats.JSON.createObjectNode();
            n.put("action", plan.action().command());
            n.put("applied", false);
            n.put("summary", plan.summary());
            ArrayNode changes = n.putArray("changes");
            plan.changes().forEach(changes::add);
            paths(n.putArray("files"), plan.files());
            tables(n.putArray("tables"), plan.tables());
            return Formats.json(n) + NL;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(plan.action().command()).append(": ").append(plan.summary()).append(" — not applied").append(NL);
        plan.changes().forEach(c -> sb.append("  ").append(c).append(NL));
        appendTables(sb, plan.tables(), "rows now → after");
        return sb.toString();
    }

    static String result(MaintenanceResult r, Format format) {
        return format == Format.json ? Formats.json(json(r)) + NL : text(r);
    }

    static ObjectNode json(MaintenanceResult r) {
        ObjectNode n = Formats.JSON.createObjectNode();
        n.put("action", r.action().command());
        n.put("status", r.status().name().toLowerCase(Locale.ROOT));
        n.put("folder", String.valueOf(r.folder()));
        n.put("started", r.started().toString());
        n.put("duration_ms", r.duration().toMillis());
        paths(n.putArray("files"), r.files());
        tables(n.putArray("tables"), r.tables());
        ArrayNode messages = n.putArray("messages");
        r.messages().forEach(messages::add);
        ArrayNode warnings = n.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ObjectNode details = n.putObject("details");
        for (ResultTable t : r.details()) {
            ArrayNode rows = details.putArray(t.name());
            for (List<Object> row : t.rows()) {
                ObjectNode o = rows.addObject();
                for (int i = 0; i < t.columns().size(); i++) {
                    Object v = row.get(i);
                    if (v instanceof Double d) {
                        Formats.putNumber(o, t.columns().get(i), d);
                    } else if (v instanceof Number num) {
                        o.put(t.columns().get(i), num.longValue());
                    } else {
                        o.put(t.columns().get(i), v == null ? null : v.toString());
                    }
                }
            }
        }
        return n;
    }

    private static String text(MaintenanceResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.action().command()).append(": ").append(r.status().name().toLowerCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, " in %.1f s", r.duration().toMillis() / 1000.0)).append(NL);
        r.messages().forEach(m -> sb.append("  ").append(m).append(NL));
        appendTables(sb, r.tables(), "rows before → after");
        if (!r.files().isEmpty()) {
            sb.append("files:").append(NL);
            r.files().forEach(f -> sb.append("  ").append(f).append(NL));
        }
        for (ResultTable t : r.details()) {
            if (!t.rows().isEmpty()) {
                sb.append(t.name()).append(':').append(NL).append(Formats.table(t.columns(), t.rows()));
            }
        }
        r.warnings().forEach(w -> sb.append("warning: ").append(w).append(NL));
        return sb.toString();
    }

    private static void appendTables(StringBuilder sb, List<TableCount> tables, String heading) {
        if (tables.isEmpty()) {
            return;
        }
        sb.append(heading).append(':').append(NL);
        List<List<Object>> rows = new ArrayList<>();
        for (TableCount t : tables) {
            rows.add(List.of(t.file(), t.table(), t.before(), t.after(), String.format(Locale.ROOT, "%+d", t.change())));
        }
        sb.append(Formats.table(List.of("file", "table", "before", "after", "change"), rows));
    }

    private static void paths(ArrayNode array, List<Path> paths) {
        paths.forEach(p -> array.add(p.toString()));
    }

    private static void tables(ArrayNode array, List<TableCount> tables) {
        for (TableCount t : tables) {
            array.addObject().put("file", t.file()).put("table", t.table()).put("before", t.before())
                    .put("after", t.after());
        }
    }
}
