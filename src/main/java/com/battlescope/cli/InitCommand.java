package com.battlescope.cli;

import com.battlescope.service.NewBattleFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code init --out DIR}: an empty battle folder with the engine's schema, for a new battle. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create an empty battle folder (metrics_timeseries.db, leaderboard.db, decisions.db) "
                + "with the engine's schema. Existing database files are never overwritten.")
public class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to create the databases in.")
    Path out;

    @Override
    public Integer call() {
        for (Path file : new NewBattleFolder().create(out)) {
            spec.commandLine().getOut().println("created " + file);
        }
        return 0;
    }
}
