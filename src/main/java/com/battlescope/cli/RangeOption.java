package com.battlescope.cli;

import com.battlescope.service.TimeRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --from T --to T} options shared by the commands that look at part of a battle. */
public class RangeOption {
    @Option(names = "--from", paramLabel = "T", description = "Rows at or after T (a date or a time of the contract).")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "Rows at or before T.")
    String to;

    /** The range, or a usage error (exit 2) naming what could not be read. */
    TimeRange range(CommandSpec spec) {
        try {
            return TimeRange.parse(from, to);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
