package com.battlescope.testutil;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests ({@code @ExtendWith(PgServer.class)}), started once per test JVM and
 * stopped when the test plan ends (the root context's store closes it; a shutdown hook is the fallback).
 *
 * <p>Without configuration it runs Debian's {@code postgresql} package: {@code initdb} and {@code pg_ctl} into a
 * temporary folder, on a free local port, with trust authentication; as root the server runs as the
 * {@code postgres} system user ({@code runuser -u postgres}), as anyone else directly. The binaries are looked for
 * in {@code $PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin}. When none is found the tests FAIL (never
 * skip) saying how to install it.
 *
 * <p>To use another server instead, give a JDBC URL of a database the tests may create schemas in:
 * {@code BATTLESCOPE_TEST_PG_URL=jdbc:postgresql://host:5432/db?user=me&password=secret} (environment) or
 * {@code -Dbattlescope.test.pg.url=...} (system property). Every test works in schemas of its own
 * ({@link #freshSchema}), dropped by nobody: use a throwaway database.
 */
public final class PgServer implements BeforeAllCallback {
    public static final String URL_ENV = "BATTLESCOPE_TEST_PG_URL";
    public static final String URL_PROPERTY = "battlescope.test.pg.url";
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        Running r = start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PgServer.class, k -> r);
    }

    /** The server (started on first use): a JDBC URL of a database that tests may create schemas in. */
    public static synchronized String url() {
        return start().url;
    }

    /** {@link #url()} with {@code currentSchema} set: what {@code --data} takes for a server battle. */
    public static String url(String schema) {
        String base = url();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A schema name no other test of this JVM uses (not created): {@code prefix_<pid>_<n>}. */
    public static String freshSchema(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    }

    /** A connection to the test database (the caller closes it). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Runs SQL on the test database (DDL or checks made by a test itself). */
    public static void execute(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Running start() {
        if (running == null) {
            String external = System.getProperty(URL_PROPERTY, System.getenv(URL_ENV));
            running = external != null && !external.isBlank() ? new Running(external, null, null, null)
                    : startLocal();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "pg-test-server-stop"));
        }
        return running;
    }

    private static Running startLocal() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("battlescope-pg");
            if (root) {
                run(List.of("chown", "postgres", dir.toString()), dir);
            }
            Path data = dir.resolve("data");
            run(asServerUser(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"), dir);
            int port = freePort();
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60";
            run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options,
                    "-l", dir.resolve("log").toString(), "-w", "-t", "60", "start"), dir);
            Running r = new Running("jdbc:postgresql://127.0.0.1:" + port + "/battles?user=postgres", bin, data, root);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                    + "/postgres?user=postgres"); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE battles");
            }
            return r;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the test PostgreSQL server from " + bin + ": "
                    + e.getMessage(), e);
        }
    }

    /** $PG_BIN, else the newest /usr/lib/postgresql/N/bin holding initdb; fails the tests when there is none. */
    static Path binaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(PgServer::majorVersion));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                // fall through to the failure below
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb, "
                + "no $PG_BIN): install Debian's package (apt-get install -y postgresql) or point the tests at a "
                + "server with " + URL_ENV + "=jdbc:postgresql://HOST:PORT/DB?user=...&password=...");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> asServerUser(boolean root, String... command) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Path out = Files.createTempFile("battlescope-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(out).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** A server in use; {@code data} null for an external one (never stopped by the tests). */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final String url;
        final Path bin;
        final Path data;
        final Boolean root;
        private boolean stopped;

        Running(String url, Path bin, Path data, Boolean root) {
            this.url = url;
            this.bin = bin;
            this.data = data;
            this.root = root;
        }

        @Override
        public void close() {
            stop();
        }

        synchronized void stop() {
            if (stopped || data == null) {
                return;
            }
            stopped = true;
            try {
                run(asServerUser(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "-w", "stop"), data.getParent());
            } catch (IOException e) {
                System.err.println("test PostgreSQL server: " + e.getMessage());
            }
            try (Stream<Path> files = Files.walk(data.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }
}
