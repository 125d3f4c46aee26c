package com.battlescope.data;

import java.nio.file.Path;
import java.util.Locale;

/** Turns driver exceptions into messages a user can act on. */
public final class DataErrors {
    private DataErrors() {
    }

    public static DataAccessException translate(Path file, Throwable e) {
        if (e instanceof DataAccessException d) {
            return d;
        }
        String all = chain(e);
        String lower = all.toLowerCase(Locale.ROOT);
        String problem;
        if (lower.contains("sqlite_busy") || lower.contains("database is locked")) {
            problem = "locked by another program (is the engine writing?); try again";
        } else if (lower.contains("sqlite_notadb") || lower.contains("file is not a database")) {
            problem = "not an SQLite database";
        } else if (lower.contains("sqlite_corrupt") || lower.contains("malformed")) {
            problem = "corrupt or truncated (database disk image is malformed)";
        } else if ((lower.contains("sqlite_readonly") || lower.contains("readonly database"))
                && SqliteFiles.hasHotJournal(file)) {
            problem = SqliteFiles.hotJournalProblem(file);
        } else if (lower.contains("sqlite_readonly") || lower.contains("readonly database")) {
            problem = "read-only: the action needs write permission on the file and its folder";
        } else if (lower.contains("no such table")) {
            problem = "missing table (" + after(all, "no such table:") + ")";
        } else if (lower.contains("no such column")) {
            problem = "missing column (" + after(all, "no such column:") + ")";
        } else if (lower.contains("sqlite_cantopen") || lower.contains("unable to open")) {
            problem = "cannot be opened (missing, or no permission)";
        } else if (lower.contains("unreadable time")) {
            problem = unreadableTime(e, all);
        } else {
            problem = firstLine(rootMessage(e));
        }
        return new DataAccessException(file, problem, e);
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(' ');
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    /** The type handler's own message; MyBatis repeats it in its wrappers, on one line or several. */
    private static String unreadableTime(Throwable e, String all) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("unreadable time")) {
                return firstLine(t.getMessage());
            }
        }
        return firstLine(all.substring(all.toLowerCase(Locale.ROOT).indexOf("unreadable time")));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String after(String text, String marker) {
        int i = text.indexOf(marker);
        if (i < 0) {
            return "";
        }
        return firstLine(text.substring(i + marker.length()).trim()).replaceAll("[)\\]].*$", "").trim();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
