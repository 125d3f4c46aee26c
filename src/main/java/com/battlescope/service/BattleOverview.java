package com.battlescope.service;

import com.battlescope.service.view.Cells;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.service.live.LiveUpdate;
import java.nio.file.Path;
import java.util.List;

/** What the status bar and the range picker need to know of an open battle, read once in the background
 * and moved on by live mode. */
public record BattleOverview(Path folder, String layout, boolean decisionsFromMetrics, List<String> models,
                             long snapshots, long decisions, long trades, Stamp latestSnapshot,
                             List<String> warnings) {
    public BattleOverview {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }

    public static BattleOverview of(Battle battle) {
        return new BattleOverview(battle.path(), battle.layout(), battle.decisionsFromMetrics(),
                battle.modelIds(), battle.snapshotCount(), battle.decisionCount(), battle.tradeCount(),
                battle.latestSnapshotTime(), battle.dataWarnings());
    }

    /**
     * Where the battle is, for the window title and the status bar: the folder, or for a server battle
     * "PostgreSQL HOST:PORT/DB · schema SCHEMA" (its path is {@code /postgresql/HOST:PORT/DB/SCHEMA}).
     */
    public String place() {
        if ("server".equals(layout) && folder.getNameCount() == 4) {
            return "PostgreSQL " + folder.getName(1) + "/" + folder.getName(2) + " · schema " + folder.getName(3);
        }
        return folder.toString();
    }

    /** The overview after live mode found {@code update}'s rows: counts and the newest snapshot move on. */
    public BattleOverview plus(LiveUpdate update) {
        Stamp latest = latestSnapshot;
        for (HourlySnapshot s : update.snapshots()) {
            if (latest == null || s.timestamp().compareTo(latest) > 0) {
                latest = s.timestamp();
            }
        }
        return new BattleOverview(folder, layout, decisionsFromMetrics, models,
                snapshots + update.snapshots().size(), decisions + update.decisions().size(),
                trades + update.trades().size(), latest, warnings);
    }

    /**
     * The status bar's warning, short: the first skipped row by table, row, model, column and value, and how many
     * more (the tooltip lists them all, with their files); empty when none.
     */
    public String warningText() {
        if (warnings.isEmpty()) {
            return "";
        }
        String first = warnings.get(0).replaceFirst("^.*?: hourly_snapshots", "hourly_snapshots")
                .replace("(model ", "(").replace(", not a number it can use: the row is skipped in every figure", "");
        return "⚠ Skipped " + first + (warnings.size() > 1 ? " (+" + (warnings.size() - 1) + " more)" : "");
    }

    /** One line for the status bar, e.g. "split layout · 6 models · 1,234 snapshots · ...". */
    public String summary() {
        return String.format("%s layout · %d models · %,d snapshots · %,d decisions%s · %,d trades · last snapshot %s",
                layout, models.size(), snapshots, decisions, decisionsFromMetrics ? " (metrics copy)" : "", trades,
                latestSnapshot == null ? "none" : Cells.time(latestSnapshot));
    }
}
