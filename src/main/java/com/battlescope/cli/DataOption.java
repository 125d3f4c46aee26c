package com.battlescope.cli;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that read a battle folder. */
public class DataOption {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Battle data folder.")
    Path data;

    Battle open() {
        return new BattleService().open(data);
    }

    /** The battle's data warnings (rows skipped as unusable) on stderr, one per line; the exit code stays 0. */
    static void printWarnings(Battle battle, PrintWriter err) {
        for (String w : battle.dataWarnings()) {
            err.println("warning: " + w);
        }
        err.flush();
    }
}
