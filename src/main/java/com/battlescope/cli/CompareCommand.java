package com.battlescope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "TODO")
public class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("compare: not yet available");
    }
}
