package com.battlescope.cli;

import com.battlescope.model.Stamp;
import com.battlescope.service.maintenance.ArchiveOldData;
import com.battlescope.service.maintenance.ArchiveTable;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain archive}: {@link MaintenanceAction#ARCHIVE}. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Move rows older than T into an archive database (one transaction, verified).")
final class MaintainArchive extends MaintainAction {
    @Option(names = "--before", paramLabel = "T", description = "Rows older than this time.")
    String before;
    @Option(names = "--all", description = "Allow a cut-off after the newest row (without --before: every row); "
            + "it leaves the battle's tables empty.")
    boolean all;
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Archive database (appended to).")
    Path to;
    @Option(names = "--tables", split = ",", paramLabel = "T1,T2",
            description = "snapshots, decisions, trades, leaderboard (default: all four).")
    List<String> tables;

    @Override
    MaintenanceTask task() {
        Set<ArchiveTable> chosen = EnumSet.noneOf(ArchiveTable.class);
        try {
            if (tables != null) {
                tables.forEach(t -> chosen.add(ArchiveTable.fromText(t)));
            }
            if (before == null && !all) {
                throw usage("--before T is required (or --all to archive every row)");
            }
            return new ArchiveOldData(before == null ? null : Stamp.parse(before), to, chosen, all);
        } catch (RuntimeException e) {
            throw usage(e.getMessage());
        }
    }
}
