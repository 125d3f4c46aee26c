package com.battlescope.service.maintenance;

import java.nio.file.Path;
import java.util.List;

/**
 * What an action will do, worked out before it runs: shown in the confirmation dialog and printed by
 * {@code maintain} without {@code --yes}.
 *
 * @param changes     one line per change, e.g. "insert 6 rows into leaderboard_snapshots"
 * @param files       the files the action will write (new files included)
 * @param tables      rows now and what the action will leave
 * @param cancellable whether the action can be stopped half-way (it then rolls back)
 */
public record MaintenancePlan(MaintenanceAction action, String summary, List<String> changes, List<Path> files,
                              List<TableCount> tables, boolean cancellable) {
    public MaintenancePlan {
        changes = List.copyOf(changes);
        files = List.copyOf(files);
        tables = List.copyOf(tables);
    }

    public boolean writes() {
        return action.writes();
    }
}
