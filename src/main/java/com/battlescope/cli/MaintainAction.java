package com.battlescope.cli;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceLog;
import com.battlescope.service.maintenance.MaintenancePlan;
import com.battlescope.service.maintenance.MaintenanceProgress;
import com.battlescope.service.maintenance.MaintenanceResult;
import com.battlescope.service.maintenance.MaintenanceService;
import com.battlescope.service.maintenance.MaintenanceTask;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * One {@code maintain} subcommand (a file per {@link MaintenanceAction}, named {@code Maintain} + the action): it
 * builds its task; running, confirming and printing are shared here.
 */
abstract class MaintainAction implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    MaintainCommand parent;
    @Mixin
    Options options;

    /** Options every action takes. */
    static final class Options {
        @Option(names = {"-y", "--yes"}, description = "Apply a change to the databases (without it: only show it).")
        boolean yes;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        MaintenanceOutput.Format format;

        @Option(names = "--log", paramLabel = "FILE",
                description = "Maintenance log file (default: maintenance.log in the user's BattleScope data folder).")
        Path log;
    }

    abstract MaintenanceTask task();

    @Override
    public Integer call() {
        MaintenanceTask task = task();
        MaintenanceService service = new MaintenanceService(options.log != null
                ? new MaintenanceLog(options.log) : MaintenanceLog.standard());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Battle server = BattleService.isServer(parent.data)
                ? new BattleService().open(parent.data, ConsolePassword.PROMPT) : null;
        try (server) {
            if (task.action().writes() && !options.yes) {
                MaintenancePlan plan = server != null ? service.plan(server, task)
                        : service.plan(Path.of(parent.data), task);
                out.print(MaintenanceOutput.plan(plan, options.format));
                out.flush();
                err.println("maintain " + task.action().command() + " changes the battle's databases: nothing was "
                        + "done; repeat with --yes to apply");
                err.flush();
                return 2;
            }
            MaintenanceResult result = server != null ? service.run(server, task, MaintenanceProgress.NONE)
                    : service.run(Path.of(parent.data), task, MaintenanceProgress.NONE);
            out.print(MaintenanceOutput.result(result, options.format));
            out.flush();
            if (task.action() == MaintenanceAction.CHECK && !result.warnings().isEmpty()) {
                err.println("error: " + result.warnings().size() + " problem(s) found in " + result.folder());
                err.flush();
                return 1;
            }
            return 0;
        }
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
