package com.battlescope.ui.maintenance;

import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.TableCount;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The text of the confirmation and result dialogs: changes, row counts per table, files, warnings. */
final class PlanText {
    private PlanText() {
    }

    static String of(MaintenancePlan plan) {
        StringBuilder sb = new StringBuilder();
        plan.changes().forEach(c -> sb.append(c).append('\n'));
        tables(sb, plan.tables(), "Rows now → after");
        files(sb, plan.files(), plan.writes() ? "Files written" : "Files");
        if (plan.cancellable()) {
            sb.append("\nIt can be cancelled while it runs; a cancelled run changes nothing.\n");
        }
        return sb.toString().strip();
    }

    static String of(MaintenanceResult result) {
        StringBuilder sb = new StringBuilder();
        result.messages().forEach(m -> sb.append(m).append('\n'));
        tables(sb, result.tables(), "Rows before → after");
        files(sb, result.files(), "Files");
        if (!result.warnings().isEmpty()) {
            sb.append("\nWarnings:\n");
            result.warnings().forEach(w -> sb.append("  ").append(w).append('\n'));
        }
        sb.append(String.format(Locale.ROOT, "\nTook %.1f s.", result.duration().toMillis() / 1000.0));
        return sb.toString().strip();
    }

    private static void tables(StringBuilder sb, List<TableCount> tables, String heading) {
        if (tables.isEmpty()) {
            return;
        }
        sb.append('\n').append(heading).append(":\n");
        for (TableCount t : tables) {
            sb.append(String.format(Locale.ROOT, "  %s  %s: %d → %d (%+d)%n", t.file(), t.table(), t.before(),
                    t.after(), t.change()));
        }
    }

    private static void files(StringBuilder sb, List<Path> files, String heading) {
        if (files.isEmpty()) {
            return;
        }
        sb.append('\n').append(heading).append(":\n");
        files.forEach(f -> sb.append("  ").append(f).append('\n'));
    }
}
