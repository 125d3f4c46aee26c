package com.battlescope;

import com.battlescope.cli.BattleScopeCommand;

/** Entry point of the jar: no subcommand opens the desktop app, a subcommand runs headless. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(BattleScopeCommand.run(args));
    }
}
