package com.battlescope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "maintain", mixinStandardHelpOptions = true, description = "TODO")
public class MaintainCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("maintain: not yet available");
    }
}
