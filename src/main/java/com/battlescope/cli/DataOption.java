package com.battlescope.cli;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that read a battle folder. */
public class DataOption {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Battle data folder.")
    Path data;

    Battle open() {
        return new BattleService().open(data);
    }
}
