package com.battlescope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true, description = "TODO")
public class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("export: not yet available");
    }
}
