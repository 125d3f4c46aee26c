package com.battlescope.cli;

import com.battlescope.ui.BattleScopeApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: without a subcommand it opens the desktop app; subcommands run headless. */
@Command(name = "battlescope", mixinStandardHelpOptions = true, version = "BattleScope 1.0.0",
        description = "Analytics for LLM trading battles.",
        subcommands = {ReportCommand.class, CompareCommand.class, ExportCommand.class, MaintainCommand.class,
                DemoCommand.class, BenchCommand.class, InitCommand.class,
                VerdictCommand.class, QualityCommand.class, IndexCommand.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:the action failed (message on stderr)", "2:bad usage"})
public class BattleScopeCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Battle data folder to open in the desktop app.")
    Path data;

    @Override
    public Integer call() {
        BattleScopeApp.launchWith(data);
        return 0;
    }

    /** Runs the command line and returns the exit code (0 success, 1 failure, 2 bad usage). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BattleScopeCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.describe(ex));
            commandLine.getErr().flush();
            return 1;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? 2 : 1);
        return cl.execute(args);
    }
}
