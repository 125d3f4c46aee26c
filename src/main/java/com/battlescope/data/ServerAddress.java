package com.battlescope.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where a server battle lives: {@code jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA} plus the driver's other
 * parameters (user, sslmode, ...). Parsed by the driver itself. Shown and remembered without any password.
 *
 * <p>The password comes, in this order, from the caller (a prompt), a {@code password} parameter the user put in
 * the URL, {@code $PGPASSWORD}, or {@code ~/.pgpass} ({@code $PGPASSFILE}), which the driver reads itself when no
 * password is given. BattleScope never writes one anywhere.
 */
public final class ServerAddress {
    public static final String PREFIX = "jdbc:postgresql:";
    /** Schema names BattleScope creates and accepts: lower-case letters, digits and underscores. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private final String host;
    private final int port;
    private final String database;
    private final String schema;
    private final Map<String, String> parameters;

    private ServerAddress(String host, int port, String database, String schema, Map<String, String> parameters) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.schema = schema;
        this.parameters = parameters;
    }

    /** Whether {@code --data} names a server battle rather than a folder. */
    public static boolean isServerUrl(String data) {
        return data != null && data.startsWith(PREFIX);
    }

    /** Parses a URL; {@code currentSchema} is required unless {@code schemaRequired} is false. */
    public static ServerAddress parse(String url, boolean schemaRequired) {
        Properties p = url.startsWith(PREFIX) ? org.postgresql.Driver.parseURL(url, null) : null;
        if (p == null) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + redacted(url)
                    + " (expected jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA)");
        }
        String schema = p.getProperty("currentSchema");
        if (schema == null && schemaRequired) {
            throw new IllegalArgumentException(redacted(url) + ": no currentSchema: name the battle's schema, e.g. "
                    + PREFIX + "//" + p.getProperty("PGHOST") + ":" + p.getProperty("PGPORT") + "/"
                    + p.getProperty("PGDBNAME") + "?currentSchema=battle");
        }
        if (schema != null) {
            requireSchemaName(schema);
        }
        Map<String, String> params = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (!k.startsWith("PG") && !k.equals("currentSchema")) {
                params.put(k, p.getProperty(k));
            }
        }
        return new ServerAddress(p.getProperty("PGHOST"), Integer.parseInt(p.getProperty("PGPORT").split(",")[0]),
                p.getProperty("PGDBNAME"), schema, params);
    }

    /** Throws when a schema name is not one BattleScope accepts (it is quoted nowhere, so it must be plain). */
    public static String requireSchemaName(String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema name '" + schema + "': use lower-case letters, digits and "
                    + "underscores (at most 63, not starting with a digit)");
        }
        return schema;
    }

    /** The same server and database with another schema. */
    public ServerAddress withSchema(String name) {
        return new ServerAddress(host, port, database, requireSchemaName(name), parameters);
    }

    /** The database alone (no schema): for creating schemas and listing battles. */
    public ServerAddress withoutSchema() {
        return new ServerAddress(host, port, database, null, parameters);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The battle's schema, or null for an address of the database alone. */
    public String schema() {
        return schema;
    }

    /** The user named in the URL, or null (the driver then uses the system user's name). */
    public String user() {
        return parameters.get("user");
    }

    /** The JDBC URL without any password (what is shown and remembered). */
    public String url() {
        StringBuilder sb = new StringBuilder(PREFIX + "//" + host + ":" + port + "/" + database);
        String sep = "?";
        if (schema != null) {
            sb.append(sep).append("currentSchema=").append(schema);
            sep = "&";
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (!e.getKey().equals("password")) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = "&";
            }
        }
        return sb.toString();
    }

    /** The driver's connection properties: the URL's own plus the password as described in the class comment. */
    Properties driverProperties(char[] password) {
        Properties props = new Properties();
        parameters.forEach(props::setProperty);
        if (password != null) {
            props.setProperty("password", new String(password));
        } else if (!props.containsKey("password") && System.getenv("PGPASSWORD") != null) {
            props.setProperty("password", System.getenv("PGPASSWORD"));
        }
        props.setProperty("ApplicationName", "BattleScope");
        return props;
    }

    /** For messages: {@code /postgresql/HOST:PORT/DB/SCHEMA}. */
    public Path path() {
        return schema == null ? Path.of("/postgresql", host + ":" + port, database)
                : Path.of("/postgresql", host + ":" + port, database, schema);
    }

    @Override
    public String toString() {
        return url();
    }

    /** " (battle schemas: a, b)" or " (it has no battle schemas)". */
    static String listed(List<String> schemas) {
        return schemas.isEmpty() ? " (it has no battle schemas)" : " (battle schemas: " + String.join(", ", schemas) + ")";
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)password=[^&]*", "password=***");
    }
}
