package com.battlescope.data;

import java.nio.file.Path;
import java.util.Set;

/**
 * A battle in one schema of a PostgreSQL database ({@code sql/postgresql/}): the three SQLite databases' tables
 * side by side in that schema, read through one {@link PgDatabase}. Read-only; the server's own indexes (and the
 * full-text index on the reasoning) take the place of a folder's speed and search indexes.
 */
public final class ServerBattle implements BattleSource {
    private final PgDatabase db;
    private final Set<String> tables;
    private final String writeRefusal;

    private ServerBattle(PgDatabase db) {
        this.db = db;
        this.tables = db.tables();
        this.writeRefusal = ServerCatalog.writeRefusal(db);
    }

    /**
     * Connects and checks that the schema holds a battle; asks {@code prompt} for a password when the server
     * wants one that the URL, PGPASSWORD and ~/.pgpass did not give.
     */
    public static ServerBattle open(ServerAddress address, PasswordPrompt prompt) {
        PgDatabase db = PgLogin.open(address, prompt);
        try {
            ServerBattle battle = new ServerBattle(db);
            if (!battle.tables.contains("hourly_snapshots")) {
                throw new DataAccessException(db.file(), "no hourly_snapshots table: the schema holds no battle"
                        + ServerAddress.listed(db.battleSchemas()));
            }
            return battle;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public PgDatabase database() {
        return db;
    }

    @Override
    public Path location() {
        return db.file();
    }

    @Override
    public PgDatabase metrics() {
        return db;
    }

    @Override
    public PgDatabase leaderboard() {
        return db;
    }

    @Override
    public PgDatabase decisions() {
        return db;
    }

    @Override
    public String layout() {
        return "server";
    }

    @Override
    public boolean decisionsFromMetrics() {
        return false;
    }

    @Override
    public boolean hasTrades() {
        return tables.contains("trade_log");
    }

    @Override
    public boolean hasSummaries() {
        return tables.containsAll(Set.of("daily_summaries", "weekly_summaries", "monthly_summaries"));
    }

    @Override
    public boolean hasStandings() {
        return tables.contains("current_standings");
    }

    @Override
    public boolean hasLeaderboardSnapshots() {
        return tables.contains("leaderboard_snapshots");
    }

    @Override
    public boolean hasDecisions() {
        return tables.contains("decision_log");
    }

    /** The schema's GIN index on the reasoning's words is always there: search uses it. */
    @Override
    public boolean hasDecisionFts() {
        return hasDecisions();
    }

    @Override
    public boolean hasComparisonView() {
        return false;
    }

    @Override
    public long comparisonViewRows(String symbol, String fromText, String toText) {
        throw new DataAccessException(db.file(), "the engine's decision_comparison view is not on a server battle");
    }

    /** Checked once when opened (has_table_privilege of the connected role on the schema's tables). */
    @Override
    public String writeRefusal() {
        return writeRefusal;
    }

    @Override
    public void close() {
        db.close();
    }
}
