package com.battlescope.cli;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.index.IndexService;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option shared by the commands that read a battle: a folder, or a server battle
 * {@code jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA} (password from ~/.pgpass, PGPASSWORD or a prompt).
 */
public class DataOption {
    static final String DESCRIPTION = "Battle data folder, or a server battle "
            + "jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA.";

    @Option(names = "--data", required = true, paramLabel = "DIR|URL", description = DESCRIPTION)
    String data;

    /**
     * The battle; a folder's existing BattleScope index is brought up to date with the appended rows and read through
     * (the same answers, faster); one that would need a build is left alone and the engine files are read.
     */
    Battle open() {
        Battle battle = openEngineFiles();
        new IndexService().attach(battle);
        return battle;
    }

    /** The battle as the engine wrote it, BattleScope's index left alone (the {@code index} command manages it). */
    Battle openEngineFiles() {
        return new BattleService().open(data, ConsolePassword.PROMPT);
    }

    /** The battle's data warnings (rows skipped as unusable) on stderr, one per line; the exit code stays 0. */
    static void printWarnings(Battle battle, PrintWriter err) {
        for (String w : battle.dataWarnings()) {
            err.println("warning: " + w);
        }
        err.flush();
    }
}
