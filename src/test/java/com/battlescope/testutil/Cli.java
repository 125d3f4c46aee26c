package com.battlescope.testutil;

import com.battlescope.cli.BattleScopeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its output. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BattleScopeCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }
}
