package com.battlescope.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place an exception becomes the line a user reads (status bar, error label, dialog, export problem list):
 * the first message found walking down the causes (a wrapper without its own message says nothing), else the
 * exception's simple class name; always one line.
 */
public final class UserMessages {
    private UserMessages() {
    }

    /** The one-line message of {@code e}. */
    public static String of(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        Throwable t = e;
        while ((t.getMessage() == null || isWrapper(t)) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getMessage();
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** "{@code what} failed: message", e.g. "Leaderboard failed: no such table: trade_log". */
    public static String failed(String what, Throwable e) {
        return what + " failed: " + of(e);
    }

    /** The executor wrappers carry the cause's toString as their message: the cause says it better. */
    private static boolean isWrapper(Throwable t) {
        return t instanceof CompletionException || t instanceof ExecutionException;
    }
}
