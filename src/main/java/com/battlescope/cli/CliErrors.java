package com.battlescope.cli;

/** One-line messages for failures: the user sees the cause, not a stack trace. */
final class CliErrors {
    private CliErrors() {
    }

    static String describe(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.replace('\n', ' ');
    }
}
