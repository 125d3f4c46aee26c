package com.battlescope.cli;

import com.battlescope.model.Stamp;
import com.battlescope.model.Timeframe;
import com.battlescope.service.maintenance.Analyze;
import com.battlescope.service.maintenance.ApplySchema;
import com.battlescope.service.maintenance.ArchiveOldData;
import com.battlescope.service.maintenance.ArchiveTable;
import com.battlescope.service.maintenance.Backup;
import com.battlescope.service.maintenance.DatabaseStatistics;
import com.battlescope.service.maintenance.IntegrityCheck;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.RebuildSummaries;
import com.battlescope.service.maintenance.RecomputeStandings;
import com.battlescope.service.maintenance.RecoverJournal;
import com.battlescope.service.maintenance.SearchIndex;
import com.battlescope.service.maintenance.SpeedIndexes;
import com.battlescope.service.maintenance.SnapshotLeaderboard;
import com.battlescope.service.maintenance.Vacuum;
import com.battlescope.service.maintenance.WalCheckpoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code maintain --data DIR ACTION [options]}: the Maintenance menu's actions on the command line, through the same
 * service. There is no dialog here, so an action that changes the battle's databases only prints what it would
 * change and exits 2 unless {@code --yes} is given.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "ACTION",
        description = {"Maintenance of a battle's databases, the same actions as the GUI's Maintenance menu.",
                "Actions that change the databases (snapshot, standings, summaries, archive, vacuum, analyze, "
                        + "checkpoint, schema, search-index, speed-indexes, recover) print what they would change "
                        + "and exit 2 unless --yes is given. Every run is written to the maintenance log."},
        subcommands = {MaintainCommand.Snapshot.class, MaintainCommand.Standings.class, MaintainCommand.Summaries.class,
                MaintainCommand.Archive.class, MaintainCommand.VacuumAction.class, MaintainCommand.AnalyzeAction.class,
                MaintainCommand.Check.class, MaintainCommand.Checkpoint.class, MaintainCommand.BackupAction.class,
                MaintainCommand.Stats.class, MaintainCommand.Schema.class, MaintainCommand.Search.class,
                MaintainCommand.Speed.class, MaintainCommand.Recover.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the action failed or the check found problems (message on stderr)",
                "2:bad usage, or a change without --yes (nothing was done)"})
public class MaintainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Battle data folder.")
    Path data;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose an action: snapshot, standings, summaries, archive, "
                + "vacuum, analyze, check, checkpoint, backup, stats, schema, search-index, speed-indexes, recover");
    }

    /** Options every action takes. */
    static class ActionOptions {
        @Option(names = {"-y", "--yes"}, description = "Apply a change to the databases (without it: only show it).")
        boolean yes;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        MaintenanceOutput.Format format;

        @Option(names = "--log", paramLabel = "FILE",
                description = "Maintenance log file (default: maintenance.log in the user's BattleScope data folder).")
        Path log;
    }

    /** One action: builds its task; running, confirming and printing are shared. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        MaintainCommand parent;
        @Mixin
        ActionOptions options;

        abstract MaintenanceTask task();

        @Override
        public Integer call() {
            MaintenanceTask task = task();
            MaintenanceService service = new MaintenanceService(options.log != null
                    ? new MaintenanceLog(options.log) : MaintenanceLog.standard());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (task.action().writes() && !options.yes) {
                MaintenancePlan plan = service.plan(parent.data, task);
                out.print(MaintenanceOutput.plan(plan, options.format));
                out.flush();
                err.println("maintain " + task.action().command() + " changes the battle's databases: nothing was "
                        + "done; repeat with --yes to apply");
                err.flush();
                return 2;
            }
            MaintenanceResult result = service.run(parent.data, task, MaintenanceProgress.NONE);
            out.print(MaintenanceOutput.result(result, options.format));
            out.flush();
            if (task instanceof IntegrityCheck && !result.warnings().isEmpty()) {
                err.println("error: " + result.warnings().size() + " problem(s) found in " + result.folder());
                err.flush();
                return 1;
            }
            return 0;
        }

        ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Write the current ranking of a timeframe into leaderboard_snapshots (one shared snapshot_time).")
    static class Snapshot extends Action {
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

    @Command(name = "standings", mixinStandardHelpOptions = true,
            description = "Recompute current_standings from the snapshots and trades with the engine's formulas.")
    static class Standings extends Action {
        @Override
        MaintenanceTask task() {
            return new RecomputeStandings();
        }
    }

    @Command(name = "summaries", mixinStandardHelpOptions = true,
            description = "Rebuild the daily, weekly and monthly summaries from the snapshots and trades (upsert).")
    static class Summaries extends Action {
        @Override
        MaintenanceTask task() {
            return new RebuildSummaries();
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Move rows older than T into an archive database (one transaction, verified).")
    static class Archive extends Action {
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

    @Command(name = "vacuum", mixinStandardHelpOptions = true, description = "VACUUM every database file.")
    static class VacuumAction extends Action {
        @Override
        MaintenanceTask task() {
            return new Vacuum();
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true, description = "ANALYZE every database file.")
    static class AnalyzeAction extends Action {
        @Override
        MaintenanceTask task() {
            return new Analyze();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "integrity_check and the contract's row rules on every file; exits 1 when it finds problems.")
    static class Check extends Action {
        @Option(names = "--quick", description = "quick_check instead of the full integrity_check.")
        boolean quick;

        @Override
        MaintenanceTask task() {
            return new IntegrityCheck(quick);
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Checkpoint (TRUNCATE) the WAL of every WAL-mode file.")
    static class Checkpoint extends Action {
        @Override
        MaintenanceTask task() {
            return new WalCheckpoint();
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copy every database file into DIR/battle-backup-TIME (consistent while the engine writes), "
                    + "verified. Writes only new files, so it needs no --yes.")
    static class BackupAction extends Action {
        @Option(names = "--to", required = true, paramLabel = "DIR", description = "Folder for the backup folder.")
        Path to;

        @Override
        MaintenanceTask task() {
            return new Backup(to);
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "File sizes, rows and indexes per table, plans and timings of the app's main queries.")
    static class Stats extends Action {
        @Override
        MaintenanceTask task() {
            return new DatabaseStatistics();
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Create the contract's missing indexes and views (never a table, never a drop).")
    static class Schema extends Action {
        @Override
        MaintenanceTask task() {
            return new ApplySchema();
        }
    }

    @Command(name = "search-index", mixinStandardHelpOptions = true,
            description = "Create or rebuild the FTS5 index decision_fts over decision reasoning.")
    static class Search extends Action {
        @Option(names = "--no-triggers", description = "Do not keep the index current with triggers (rerun instead).")
        boolean noTriggers;

        @Override
        MaintenanceTask task() {
            return new SearchIndex(!noTriggers);
        }
    }

    @Command(name = "speed-indexes", mixinStandardHelpOptions = true,
            description = "Create indexes beyond the contract that speed up decision counts and the decision log.")
    static class Speed extends Action {
        @Override
        MaintenanceTask task() {
            return new SpeedIndexes();
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = "Roll back a transaction the engine left unfinished (a hot -journal file): backs up the "
                    + "files first, then lets SQLite roll the journal back.")
    static class Recover extends Action {
        @Override
        MaintenanceTask task() {
            return new RecoverJournal();
        }
    }
}
