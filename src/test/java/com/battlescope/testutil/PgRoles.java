package com.battlescope.testutil;

import com.battlescope.service.ServerSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Server battles of the test server ({@link PgServer}) as the dialog names them, and roles made for a test. */
public final class PgRoles {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");

    private PgRoles() {
    }

    /** The test server's database as the Open database server dialog would name it, for {@code user}. */
    public static ServerSpec server(String user, String schema) {
        Matcher m = URL.matcher(PgServer.url());
        if (!m.matches()) {
            throw new IllegalStateException("not a server URL: " + PgServer.url());
        }
        return new ServerSpec(m.group(1), Integer.parseInt(m.group(2)), m.group(3), user, "disable", schema);
    }

    /** The test server's superuser (the one {@link PgServer#url()} connects as). */
    public static String admin() {
        Matcher m = Pattern.compile("[?&]user=([^&]+)").matcher(PgServer.url());
        return m.find() ? m.group(1) : System.getProperty("user.name");
    }

    /**
     * A new login role that may read {@code schema} and nothing else (USAGE on the schema, SELECT on its tables):
     * an analyst's read-only account. The test server trusts local logins, so it needs no password.
     */
    public static String readOnlyRole(String schema) {
        String role = PgServer.freshSchema("reader");
        PgServer.execute("CREATE ROLE " + role + " LOGIN; GRANT USAGE ON SCHEMA " + schema + " TO " + role
                + "; GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        return role;
    }

    /** Copies a fixture into a new schema of the test server with {@code migrate}'s service; returns the schema. */
    public static String migrated(String fixture, java.nio.file.Path temp) {
        java.nio.file.Path dir = Fixtures.copy(fixture, temp.resolve(fixture + "-" + System.nanoTime()));
        String schema = PgServer.freshSchema(fixture.replace('-', '_'));
        new com.battlescope.service.MigrateService().migrate(dir, PgServer.url(), schema, false,
                com.battlescope.service.PasswordPrompt.NONE, (table, done, total) -> { });
        return schema;
    }
}
