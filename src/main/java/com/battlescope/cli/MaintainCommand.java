package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code maintain --data DIR ACTION [options]}: the Maintenance menu's actions on the command line, through the same
 * service, one file per action ({@code Maintain} + the {@link MaintenanceAction}'s name). There is no dialog here,
 * so an action that changes the battle's databases only prints what it would change and exits 2 unless
 * {@code --yes} is given.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "ACTION",
        description = {"Maintenance of a battle's databases, the same actions as the GUI's Maintenance menu.",
                "Actions that change the databases (snapshot, standings, summaries, archive, vacuum, analyze, "
                        + "checkpoint, schema, search-index, speed-indexes, recover) print what they would change "
                        + "and exit 2 unless --yes is given. Every run is written to the maintenance log."},
        subcommands = {MaintainSnapshot.class, MaintainStandings.class, MaintainSummaries.class,
                MaintainArchive.class, MaintainVacuum.class, MaintainAnalyze.class,
                MaintainCheck.class, MaintainCheckpoint.class, MaintainBackup.class,
                MaintainStats.class, MaintainSchema.class, MaintainSearchIndex.class,
                MaintainSpeedIndexes.class, MaintainRecover.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the action failed or the check found problems (message on stderr)",
                "2:bad usage, or a change without --yes (nothing was done)"})
public class MaintainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR|URL", description = DataOption.DESCRIPTION)
    String data;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose an action: "
                + Arrays.stream(MaintenanceAction.values()).map(MaintenanceAction::command)
                .collect(Collectors.joining(", ")));
    }
}
