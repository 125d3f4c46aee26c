package com.battlescope.service.index;

import java.util.Locale;

/**
 * What bringing BattleScope's index up to date did.
 *
 * @param reason why it was (re)built, empty otherwise
 * @param added  engine rows added to it
 */
public record IndexRun(Outcome outcome, String reason, long added, double seconds) {
    public enum Outcome { BUILT, UPDATED, FRESH, CANCELLED, STALE }

    /** One line for the status bar, the dialog and the command. */
    public String describe() {
        String s = String.format(Locale.ROOT, "%.1f s", seconds);
        return switch (outcome) {
            case BUILT -> "index built in " + s + (reason.isEmpty() ? "" : " (" + reason + ")");
            case UPDATED -> "index updated: " + added + " new rows in " + s;
            case FRESH -> "index already up to date (checked in " + s + ")";
            case CANCELLED -> "indexing stopped after " + s + "; it resumes when the battle is opened again";
            case STALE -> "index not used (" + reason + "); the engine files are read: build it with the index"
                    + " command or by opening the battle in the app";
        };
    }
}
