package com.battlescope.data;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Where a battle's three databases are read from: the seam between the services and the storage.
 *
 * <ul>
 *   <li>{@link BattleFolder}: an engine folder of SQLite files (either layout), opened read-only;</li>
 *   <li>{@link ServerBattle}: one schema of a PostgreSQL database (several battles per database, one schema each),
 *       where {@link #metrics()}, {@link #leaderboard()} and {@link #decisions()} are the same {@link PgDatabase}.</li>
 * </ul>
 *
 * {@code service.Battle} reads only through this interface, so every view, service and command works on both;
 * {@link #open(String, PasswordPrompt)} picks one from what {@code --data} (or a dialog) gives: a
 * {@code jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA} URL or a folder. Writing (maintenance, migrate) is
 * not part of it: it needs to know which one it has ({@code instanceof}), and a server battle is read-only here.
 */
public interface BattleSource extends AutoCloseable {

    /** Asks for a password when the server wants one that neither the URL, PGPASSWORD nor ~/.pgpass gave. */
    interface PasswordPrompt {
        /** The password for this user and server, or null to give up. */
        char[] password(ServerAddress address, String user);

        PasswordPrompt NONE = (address, user) -> null;
    }

    /** A folder or file path, or a server URL: the one place that tells the two apart. */
    static BattleSource open(String data, PasswordPrompt prompt) {
        if (ServerAddress.isServerUrl(data)) {
            return ServerBattle.open(ServerAddress.parse(data, true), prompt);
        }
        return BattleFolder.open(Path.of(data));
    }

    /** The folder, or the server battle as {@code /postgresql/HOST:PORT/DB/SCHEMA}: for titles and messages. */
    Path location();

    Database metrics();

    Database leaderboard();

    Database decisions();

    /** "split" when leaderboard tables live in leaderboard.db, "shared" when in the metrics file; "server". */
    String layout();

    boolean decisionsFromMetrics();

    boolean hasTrades();

    boolean hasSummaries();

    boolean hasStandings();

    boolean hasLeaderboardSnapshots();

    boolean hasDecisions();

    /** Whether reasoning search has a full-text index (SQLite FTS5 {@code decision_fts}; on a server always). */
    boolean hasDecisionFts();

    /** Whether the engine's {@code decision_comparison} view exists (never on a server). */
    boolean hasComparisonView();

    /** Rows of the engine's {@code decision_comparison} view on a symbol between two text times, inclusive. */
    long comparisonViewRows(String symbol, String fromText, String toText);

    /**
     * The select list of decision_log for a reader that needs only {@code required} (and {@code wanted}, null =
     * all): an optional column the table lacks reads as NULL (executed as 0); throws naming the table's place when
     * a required column is missing.
     */
    default String decisionColumns(Collection<String> required, Collection<String> wanted, String purpose) {
        return DecisionColumnList.of(decisions(), required, wanted, purpose);
    }

    default String decisionColumns(Collection<String> required, String purpose) {
        return decisionColumns(required, null, purpose);
    }

    /**
     * Null when write actions (maintenance that writes) may run, else why not, worded for the user; a folder says
     * null (its files are checked when an action opens them).
     */
    default String writeRefusal() {
        return null;
    }

    @Override
    void close();
}
