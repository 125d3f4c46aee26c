package com.battlescope.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What a PostgreSQL server offers before a battle is opened, and what the connected role may do there: the battle
 * schemas of a database (for File › Open database server…) and whether the role may write to a battle's schema
 * (a read-only role browses; write actions say why they are off).
 */
public final class ServerCatalog {
    private ServerCatalog() {
    }

    /**
     * The schemas of the database at {@code url} (a URL without {@code currentSchema}) that hold a battle, by
     * name; asks {@code prompt} for a password when the server wants one.
     */
    public static List<String> battleSchemas(String url, BattleSource.PasswordPrompt prompt) {
        try (PgDatabase db = PgLogin.open(ServerAddress.parse(url, false), prompt)) {
            return db.battleSchemas();
        }
    }

    /**
     * Null when the connected role may write the battle's tables (INSERT, UPDATE and DELETE on every table of the
     * schema, on a server that takes writes), else why not, e.g. "role reader may not write to schema s1 (no
     * INSERT, UPDATE or DELETE on daily_summaries, ...)".
     */
    public static String writeRefusal(PgDatabase db) {
        String sql = "SELECT current_user::text, pg_is_in_recovery(), current_setting('transaction_read_only') = 'on', "
                + "has_schema_privilege(n.oid, 'USAGE'), "
                + "(SELECT string_agg(c.relname::text, ', ' ORDER BY c.relname) FROM pg_class c "
                + "  WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                + "  AND NOT (has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE') "
                + "  AND has_table_privilege(c.oid, 'DELETE'))) "
                + "FROM pg_namespace n WHERE n.nspname = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, db.schema());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "no schema " + db.schema() + " on the server";
                }
                String who = "role " + rs.getString(1) + " may not write to schema " + db.schema();
                if (rs.getBoolean(2)) {
                    return who + " (the server is a read-only standby)";
                }
                if (rs.getBoolean(3)) {
                    return who + " (its sessions are read-only: default_transaction_read_only)";
                }
                if (!rs.getBoolean(4)) {
                    return who + " (no USAGE on the schema)";
                }
                String tables = rs.getString(5);
                return tables == null ? null : who + " (no INSERT, UPDATE or DELETE on " + tables + ")";
            }
        } catch (SQLException e) {
            throw DataErrors.translate(db.file(), e);
        }
    }
}
