package com.battlescope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true, description = "TODO")
public class InitCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("init: not yet available");
    }
}
