package com.battlescope.cli;

import com.battlescope.model.Timeframe;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.SnapshotLeaderboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain snapshot}: {@link MaintenanceAction#SNAPSHOT}. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Write the current ranking of a timeframe into leaderboard_snapshots (one shared snapshot_time).")
final class MaintainSnapshot extends MaintainAction {
    @Option(names = "--timeframe", required = true, paramLabel = "TF",
            description = "daily, weekly, monthly or all_time.")
    String timeframe;

    @Override
    MaintenanceTask task() {
        try {
            return new SnapshotLeaderboard(Timeframe.fromText(timeframe));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
