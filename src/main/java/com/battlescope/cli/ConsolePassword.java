package com.battlescope.cli;

import com.battlescope.service.PasswordPrompt;
import java.io.Console;

/** The command line's password prompt: read from the console without echo; none without a console. */
final class ConsolePassword {
    static final PasswordPrompt PROMPT = (server, user) -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s at %s: ", user, server);
    };

    private ConsolePassword() {
    }
}
