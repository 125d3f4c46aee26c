package com.battlescope.service;

import com.battlescope.data.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server battle as the user names it in File › Open database server…: host, port, database, user, TLS
 * mode ({@code sslmode}) and the battle's schema (null while not picked). Never holds a password, so it can be shown
 * and remembered as it is; {@link #url()} is what {@code --data} takes.
 */
public record ServerSpec(String host, int port, String database, String user, String sslMode, String schema) {
    public static final int DEFAULT_PORT = 5432;
    /** The driver's TLS modes, weakest first; "prefer" (TLS when the server offers it) is the driver's default. */
    public static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final String SEP = "\t";

    /** Checks the fields; throws with a message naming the field that is wrong. */
    public ServerSpec {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null || user.isBlank() ? null : user.strip();
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode.strip().toLowerCase(Locale.ROOT);
        schema = schema == null || schema.isBlank() ? null : schema.strip();
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(host.isEmpty() ? "no host: name the database server"
                    : "host '" + host + "': use a name or an address, without port or slashes");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + ": use 1 to 65535 (PostgreSQL's is 5432)");
        }
        if (database.isEmpty() || database.contains("/") || database.contains("?")) {
            throw new IllegalArgumentException(database.isEmpty() ? "no database: name the database on the server"
                    : "database '" + database + "': a name without '/' or '?'");
        }
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("TLS mode '" + sslMode + "': one of " + String.join(", ", SSL_MODES));
        }
    }

    /**
     * A server battle named by a URL ({@code --data}): host, port, database, {@code user}, {@code sslmode} and
     * {@code currentSchema}; any password in it is not kept (the prompt, PGPASSWORD or ~/.pgpass give it).
     */
    public static ServerSpec fromUrl(String url) {
        ServerAddress a = ServerAddress.parse(url, false);
        java.util.regex.Matcher ssl = Pattern.compile("[?&]sslmode=([^&]*)").matcher(url);
        return new ServerSpec(a.host(), a.port(), a.database(), a.user(), ssl.find() ? ssl.group(1) : null,
                a.schema());
    }

    /** The same server and database with another schema (null: none picked yet). */
    public ServerSpec withSchema(String name) {
        return new ServerSpec(host, port, database, user, sslMode, name);
    }

    /** {@code jdbc:postgresql://HOST:PORT/DB?currentSchema=S&sslmode=M&user=U}, without any password. */
    public String url() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(enc(database)).append("?sslmode=").append(sslMode);
        if (user != null) {
            sb.append("&user=").append(enc(user));
        }
        if (schema != null) {
            sb.append("&currentSchema=").append(enc(schema));
        }
        return sb.toString();
    }

    /** How the window title and menus name it: {@code user@host:port/db · schema}. */
    public String label() {
        return (user == null ? "" : user + "@") + host + ":" + port + "/" + database
                + (schema == null ? "" : " · " + schema);
    }

    /** One line for the preferences (no password: there is none to write). */
    public String encode() {
        return String.join(SEP, host, Integer.toString(port), database, user == null ? "" : user, sslMode,
                schema == null ? "" : schema);
    }

    /** The line {@link #encode} wrote; null when it is not one. */
    public static ServerSpec decode(String line) {
        String[] f = line == null ? new String[0] : line.split(SEP, -1);
        if (f.length != 6) {
            return null;
        }
        try {
            return new ServerSpec(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return label();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
