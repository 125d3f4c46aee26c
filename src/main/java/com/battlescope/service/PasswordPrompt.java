package com.battlescope.service;

/**
 * Asks the user for a server password when the server wants one that the URL, {@code PGPASSWORD} and
 * {@code ~/.pgpass} did not give (the CLI: the console; the GUI: a dialog). Never stored.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /** The password for {@code user} at {@code server} (a URL without password), or null to give up. */
    char[] password(String server, String user);

    PasswordPrompt NONE = (server, user) -> null;
}
