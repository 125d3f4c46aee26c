package com.battlescope.data.index;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.SqliteDatabase;
import com.battlescope.data.SqliteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * BattleScope's own index of one battle: an SQLite file in the user's data directory (never in the battle folder,
 * so a read-only folder gets one too), named by the battle's identity (a hash of the folder's canonical path), made of
 * {@link IndexPart}s. A meta table records what it covers: per engine table the rows, the smallest and largest id and
 * a fingerprint of those two rows; per engine file its SQLite change counter and size; the schema version, the parts'
 * versions and the build and update times.
 *
 * <p>{@link #refresh} trusts nothing it did not verify: a file that is not SQLite, fails {@code PRAGMA quick_check},
 * has another schema or part version, or was built for another battle is deleted and rebuilt; an engine table that
 * was rewritten (fewer rows, a smaller largest id, a first or last covered row that changed or vanished, fewer rows up
 * to the covered id, a file that shrank) makes a rebuild; only appended rows (a larger largest id, the covered rows
 * unchanged) are added incrementally from the covered id. The engine's files are only ever attached read-only.
 */
public final class IndexStore {
    public static final int SCHEMA_VERSION = 1;
    public static final String DATA_DIR_PROPERTY = "battlescope.data.dir";
    /** Source ids per transaction of a build: the unit of progress, cancellation and resumption. */
    static final int CHUNK = 250_000;
    private static final String SUFFIX = ".bsindex";

    private final BattleFolder folder;
    private final List<IndexPart> parts;
    private final Path file;
    private final String identity;
    private volatile Runnable beforeDiscard = () -> { };
    private int chunk = CHUNK;
    /** One writer per index file in this JVM (two opens of one folder share the file). */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How much a refresh checks that the covered rows are unchanged. */
    public enum Check {
        /**
         * Also runs {@code PRAGMA quick_check} on the index and counts the engine rows up to the covered id (reads both
         * once; at open and from the command).
         */
        FULL,
        /** Covered first and last rows, ids and file size only (live polling, after a full check at open). */
        QUICK
    }

    /** What a refresh did ({@code STALE}: it would have had to build and was not allowed to; nothing changed). */
    public enum Outcome { FRESH, UPDATED, BUILT, CANCELLED, STALE }

    /**
     * @param reason why the index was (re)built, empty when it was not
     * @param added  source rows added by this refresh
     */
    public record Refresh(Outcome outcome, String reason, long added, double seconds) {
    }

    public IndexStore(BattleFolder folder, List<IndexPart> parts) {
        this.folder = folder;
        this.parts = List.copyOf(parts);
        this.identity = canonical(folder.folder());
        this.file = indexDirectory().resolve(hash(identity) + SUFFIX);
        Path battle = Path.of(identity);
        if (file.toAbsolutePath().normalize().startsWith(battle)) {
            throw new DataAccessException(file, "the index would be inside the battle folder " + battle
                    + "; set -D" + DATA_DIR_PROPERTY + " to a folder outside it");
        }
    }

    /** The store of the registered parts ({@link IndexParts#ALL}). */
    public static IndexStore of(BattleFolder folder) {
        return new IndexStore(folder, IndexParts.ALL);
    }

    /**
     * BattleScope's data directory: {@code -Dbattlescope.data.dir}, else {@code $XDG_DATA_HOME/battlescope}, else
     * {@code %LOCALAPPDATA%\BattleScope} on Windows, else {@code ~/.local/share/battlescope}.
     */
    public static Path dataDirectory() {
        String prop = System.getProperty(DATA_DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "battlescope");
        }
        String local = System.getenv("LOCALAPPDATA");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && local != null) {
            return Path.of(local, "BattleScope");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "battlescope");
    }

    /** Where index files live: {@code index/} in the data directory. */
    public static Path indexDirectory() {
        return dataDirectory().resolve("index");
    }

    /** The index file of this battle (it may not exist). */
    public Path file() {
        return file;
    }

    /** The battle's identity: its folder's canonical path. */
    public String identity() {
        return identity;
    }

    public List<IndexPart> parts() {
        return parts;
    }

    public BattleFolder folder() {
        return folder;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Builds in chunks of this many ids (tests cancel and resume small folders with it). */
    IndexStore withChunk(int ids) {
        chunk = ids;
        return this;
    }

    /** Runs before the file is deleted (a reader of it must stop using it first). */
    public void beforeDiscard(Runnable action) {
        beforeDiscard = action;
    }

    private Object lock() {
        return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
    }

    /** Deletes the index file (and its WAL); true when there was one. */
    public boolean delete() {
        synchronized (lock()) {
            return deleteFiles();
        }
    }

    private boolean deleteFiles() {
        beforeDiscard.run();
        try {
            boolean existed = Files.deleteIfExists(file);
            Files.deleteIfExists(SqliteFiles.walFile(file));
            Files.deleteIfExists(SqliteFiles.shmFile(file));
            return existed;
        } catch (IOException e) {
            throw new DataAccessException(file, "cannot delete the index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes this battle's index a copy of {@code other}'s (for a folder that is a copy of the other's): the file is
     * copied and stamped with this battle's identity. Nothing is trusted: the next {@link #refresh} verifies the
     * copy against this folder's files like any index.
     */
    public void adopt(IndexStore other) {
        synchronized (lock()) {
            deleteFiles();
            try {
                Files.createDirectories(file.getParent());
                synchronized (other.lock()) {
                    Files.copy(other.file, file);
                }
            } catch (IOException e) {
                throw new DataAccessException(file, "cannot copy the index " + other.file + ": " + e.getMessage(), e);
            }
            try (Connection c = open(file, false)) {
                putMeta(c, "identity", identity);
            } catch (SQLException e) {
                throw new DataAccessException(file, "index: " + e.getMessage(), e);
            }
        }
    }

    /** Discards the index and builds it again. */
    public Refresh rebuild(IndexProgress progress) {
        synchronized (lock()) {
            deleteFiles();
            return refresh(progress, Check.QUICK);
        }
    }

    /**
     * Brings the index up to date: verifies it, rebuilds it when it cannot be trusted or the engine rewrote a table,
     * else adds the appended rows. A cancelled build keeps its committed chunks and resumes on the next refresh.
     */
    public Refresh refresh(IndexProgress progress, Check check) {
        synchronized (lock()) {
            return refreshLocked(progress, check, true, Long.MAX_VALUE);
        }
    }

    /**
     * As {@link #refresh} with the quick checks, but only for a complete index of which the engine only appended
     * at most {@code maxIds} ids: those rows are added; an index missing, incomplete, untrusted, of rewritten tables
     * or further behind is left as it is ({@link Outcome#STALE}) for the app or the {@code index} command to build or
     * bring up to date. For the commands that read a battle once and for opening a battle in the app: neither may
     * spend minutes indexing.
     */
    public Refresh updateOnly(IndexProgress progress, long maxIds) {
        synchronized (lock()) {
            return refreshLocked(progress, Check.QUICK, false, maxIds);
        }
    }

    private Refresh refreshLocked(IndexProgress progress, Check check, boolean mayBuild, long maxIds) {
        long start = System.nanoTime();
        progress.update(-1, "checking the index of " + Path.of(identity).getFileName());
        String distrust = Files.exists(file) ? distrust(check == Check.FULL) : "no index yet";
        if (!mayBuild && distrust != null) {
            return new Refresh(Outcome.STALE, distrust, 0, (System.nanoTime() - start) / 1e9);
        }
        if (distrust != null && Files.exists(file)) {
            deleteFiles();
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new DataAccessException(file.getParent(), "cannot create the index folder: " + e.getMessage(), e);
        }
        try (Connection c = open(file, false)) {
            if (distrust != null) {
                create(c);
            }
            attachSources(c);
            Map<IndexSource, long[]> ranges = new LinkedHashMap<>();
            String rewritten = null;
            for (IndexSource s : sources()) {
                SourceState stored = stored(c, s);
                SourceState now = current(c, s);
                String why = stored.covered() ? rewritten(c, s, stored, now, check) : null;
                if (why != null) {
                    rewritten = why;
                    break;
                }
                ranges.put(s, new long[] {stored.covered() ? stored.maxId : 0, now.maxId});
            }
            if (rewritten != null && !mayBuild) {
                detachSources(c);
                return new Refresh(Outcome.STALE, rewritten, 0, (System.nanoTime() - start) / 1e9);
            }
            if (rewritten != null) {
                detachSources(c);
                c.close();
                deleteFiles();
                Refresh again = refreshLocked(progress, check, true, Long.MAX_VALUE);
                return new Refresh(again.outcome(), rewritten, again.added(),
                        (System.nanoTime() - start) / 1e9);
            }
            boolean building = distrust != null || !"1".equals(meta(c, "complete"));
            long total = ranges.values().stream().mapToLong(r -> Math.max(0, r[1] - r[0])).sum();
            if (!mayBuild && (building || total > maxIds)) {
                detachSources(c);
                return new Refresh(Outcome.STALE, building ? "an interrupted build" : total + " new ids to add", 0,
                        (System.nanoTime() - start) / 1e9);
            }
            if (building) {
                // no reader uses an incomplete index: a rollback journal writes each new page once, the WAL twice
                journalMode(c, "DELETE");
            }
            long done = 0;
            long added = 0;
            for (Map.Entry<IndexSource, long[]> e : ranges.entrySet()) {
                IndexSource s = e.getKey();
                for (long from = e.getValue()[0]; from < e.getValue()[1]; from += chunk) {
                    if (progress.isCancelled()) {
                        return new Refresh(Outcome.CANCELLED, "", added, (System.nanoTime() - start) / 1e9);
                    }
                    long to = Math.min(e.getValue()[1], from + chunk);
                    progress.update(total == 0 ? -1 : (double) done / total, (building ? "building" : "updating")
                            + " the index: " + s.table() + " up to id " + to + " of " + e.getValue()[1]);
                    added += chunk(c, s, from, to);
                    done += to - from;
                }
            }
            c.setAutoCommit(false);
            for (IndexPart p : parts) {
                p.finish(c, building);
            }
            for (IndexSource s : sources()) {
                recordFile(c, s);
            }
            String now = Instant.now().toString();
            if (building) {
                putMeta(c, "built_at", now);
                putMeta(c, "complete", "1");
            }
            if (building || added > 0) {
                putMeta(c, "updated_at", now);
            }
            c.commit();
            c.setAutoCommit(true);
            detachSources(c);
            if (building) {
                journalMode(c, "WAL");
            }
            progress.update(1, "index up to date");
            Outcome outcome = building ? Outcome.BUILT : added > 0 ? Outcome.UPDATED : Outcome.FRESH;
            return new Refresh(outcome, building ? distrust == null ? "an interrupted build" : distrust : "", added,
                    (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new DataAccessException(file, "index: " + e.getMessage(), e);
        }
    }

    /**
     * What the index covers now, read from its meta table (no verification against the engine files); null when
     * there is no index file or it cannot be read.
     */
    public IndexStatus status() {
        if (!Files.exists(file) || distrust(false) != null) {
            return null;
        }
        try (Connection c = open(file, true)) {
            List<IndexCoverage> coverage = new ArrayList<>();
            for (IndexSource s : sources()) {
                SourceState st = stored(c, s);
                coverage.add(new IndexCoverage(s, st.file, st.rows, st.minId, st.maxId));
            }
            Map<String, Integer> versions = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name, version FROM bs_part ORDER BY name")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getInt(2));
                }
            }
            return new IndexStatus(file, identity, size(), parse(meta(c, "built_at")), parse(meta(c, "updated_at")),
                    "1".equals(meta(c, "complete")), SCHEMA_VERSION, versions, coverage);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Bytes of the index file and its WAL. */
    public long size() {
        long n = 0;
        for (Path p : List.of(file, SqliteFiles.walFile(file))) {
            try {
                n += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException ignored) {
                // gone meanwhile
            }
        }
        return n;
    }

    /** A read-only connection to the index file, for the parts' readers; the caller closes it. */
    public Connection openReader() {
        try {
            return open(file, true);
        } catch (SQLException e) {
            throw new DataAccessException(file, "index: " + e.getMessage(), e);
        }
    }

    /**
     * Why the existing file must not be used, or null when it is an index of this battle with these parts;
     * {@code checkPages} also runs {@code PRAGMA quick_check} (reads the whole file).
     */
    String distrust(boolean checkPages) {
        if (!SqliteFiles.looksLikeSqlite(file)) {
            return "the index file was not an SQLite database";
        }
        try (Connection c = open(file, true); Statement st = c.createStatement()) {
            String version = meta(c, "schema_version");
            if (!String.valueOf(SCHEMA_VERSION).equals(version)) {
                return "the index file has schema version " + version + ", not " + SCHEMA_VERSION;
            }
            String owner = meta(c, "identity");
            if (!identity.equals(owner)) {
                return "the index file was built for another battle (" + owner + ")";
            }
            Map<String, Integer> versions = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, version FROM bs_part")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getInt(2));
                }
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            parts.forEach(p -> expected.put(p.name(), p.version()));
            if (!versions.equals(expected)) {
                return "the index file has other parts or versions " + versions + " than " + expected;
            }
            // last: it reads the whole file, which the cheap checks above may already have ruled out
            if (checkPages) {
                try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    String first = rs.next() ? rs.getString(1) : "";
                    if (!"ok".equals(first)) {
                        return "the index file failed PRAGMA quick_check (" + first + ")";
                    }
                }
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            return "the index file could not be read (" + e.getMessage() + ")";
        }
    }

    private void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA main.journal_mode=WAL");
            st.execute("CREATE TABLE bs_meta(key TEXT PRIMARY KEY, value TEXT)");
            st.execute("CREATE TABLE bs_part(name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
            st.execute("CREATE TABLE bs_source(source TEXT PRIMARY KEY, file TEXT, table_name TEXT,"
                    + " row_count INTEGER NOT NULL, min_id INTEGER NOT NULL, max_id INTEGER NOT NULL,"
                    + " min_fingerprint TEXT, max_fingerprint TEXT)");
            st.execute("CREATE TABLE bs_file(source TEXT PRIMARY KEY, file TEXT, change_counter INTEGER,"
                    + " size INTEGER, wal_size INTEGER)");
        }
        c.setAutoCommit(false);
        putMeta(c, "schema_version", String.valueOf(SCHEMA_VERSION));
        putMeta(c, "identity", identity);
        putMeta(c, "complete", "0");
        for (IndexPart p : parts) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bs_part(name, version) VALUES (?, ?)")) {
                ps.setString(1, p.name());
                ps.setInt(2, p.version());
                ps.executeUpdate();
            }
            p.create(c);
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** One chunk of one source through every part that reads it, with the cursor, in one transaction. */
    private long chunk(Connection c, IndexSource s, long from, long to) throws SQLException {
        c.setAutoCommit(false);
        try {
            for (IndexPart p : parts) {
                if (p.sources().contains(s)) {
                    p.update(c, s, from, to);
                }
            }
            long rows = longValue(c, "SELECT COUNT(*) FROM " + s.qualified() + " WHERE id > ? AND id <= ?", from, to);
            SourceState old = stored(c, s);
            long minId = old.covered() && old.minId > 0 ? old.minId
                    : nullToZero(c, "SELECT MIN(id) FROM " + s.qualified() + " WHERE id <= ?", to);
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO bs_source(source, file, table_name,"
                    + " row_count, min_id, max_id, min_fingerprint, max_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.name());
                ps.setString(2, s.database(folder).file().getFileName().toString());
                ps.setString(3, s.table());
                ps.setLong(4, (old.covered() ? old.rows : 0) + rows);
                ps.setLong(5, minId);
                ps.setLong(6, to);
                ps.setString(7, fingerprint(c, s, minId));
                ps.setString(8, fingerprint(c, s, to));
                ps.executeUpdate();
            }
            c.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Why a covered engine table must be indexed again from scratch, or null when rows were only appended. */
    private String rewritten(Connection c, IndexSource s, SourceState stored, SourceState now, Check check)
            throws SQLException {
        String table = stored.file + " " + s.table();
        Path path = s.database(folder).file();
        if (now.maxId < stored.maxId) {
            return table + " was rewritten: its largest id fell from " + stored.maxId + " to " + now.maxId;
        }
        if (stored.rows > 0 && now.minId != stored.minId) {
            return table + " was rewritten: its first id is " + now.minId + ", was " + stored.minId;
        }
        if (stored.rows > 0 && (!fingerprint(c, s, stored.minId).equals(stored.minFingerprint)
                || !fingerprint(c, s, stored.maxId).equals(stored.maxFingerprint))) {
            return table + " was rewritten: the rows with ids " + stored.minId + " and " + stored.maxId
                    + " are not the ones indexed (restored or replaced)";
        }
        long[] recorded = recordedFile(c, s);
        long size = fileSize(path);
        if (recorded != null && size < recorded[1]) {
            return stored.file + " was rewritten: it shrank from " + recorded[1] + " to " + size
                    + " bytes (vacuum or a different file)";
        }
        // in WAL mode writes do not move the change counter: only a rollback-journal file can be seen untouched
        boolean untouched = recorded != null && !SqliteFiles.isWalMode(path)
                && recorded[0] == SqliteFiles.changeCounter(path) && recorded[1] == size
                && recorded[2] == fileSize(SqliteFiles.walFile(path)) && now.maxId == stored.maxId;
        if (check == Check.FULL && !untouched) {
            // all rows less the newer ones: COUNT(*) of a whole table reads its smallest index, not the table
            long upTo = longValue(c, "SELECT COUNT(*) FROM " + s.qualified())
                    - longValue(c, "SELECT COUNT(*) FROM " + s.qualified() + " WHERE id > ?", stored.maxId);
            if (upTo != stored.rows) {
                return table + " was rewritten: " + upTo + " rows up to id " + stored.maxId + ", " + stored.rows
                        + " when indexed (rows deleted or archived)";
            }
        }
        return null;
    }

    private List<IndexSource> sources() {
        return parts.stream().flatMap(p -> p.sources().stream()).distinct().sorted()
                .filter(s -> s.present(folder)).toList();
    }

    private void attachSources(Connection c) throws SQLException {
        for (IndexSource s : sources()) {
            try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + s.schema())) {
                ps.setString(1, readOnly(s.database(folder).uri()));
                ps.execute();
            }
        }
    }

    private void detachSources(Connection c) throws SQLException {
        for (IndexSource s : sources()) {
            try (Statement st = c.createStatement()) {
                st.execute("DETACH DATABASE " + s.schema());
            }
        }
    }

    /** The engine file's URI, read-only whatever the reader's own mode. */
    private static String readOnly(String uri) {
        if (uri.contains("mode=ro") || uri.contains("immutable=1")) {
            return uri;
        }
        return uri + (uri.contains("?") ? "&" : "?") + "mode=ro";
    }

    private void recordFile(Connection c, IndexSource s) throws SQLException {
        Path path = s.database(folder).file();
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO bs_file(source, file, change_counter,"
                + " size, wal_size) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.name());
            ps.setString(2, path.getFileName().toString());
            ps.setLong(3, SqliteFiles.changeCounter(path));
            ps.setLong(4, fileSize(path));
            ps.setLong(5, fileSize(SqliteFiles.walFile(path)));
            ps.executeUpdate();
        }
    }

    /** {change counter, size, WAL size} as recorded, or null. */
    private static long[] recordedFile(Connection c, IndexSource s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT change_counter, size, wal_size FROM bs_file WHERE source = ?")) {
            ps.setString(1, s.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : null;
            }
        }
    }

    private record SourceState(String file, long rows, long minId, long maxId, String minFingerprint,
                               String maxFingerprint) {
        boolean covered() {
            return file != null;
        }
    }

    private static SourceState stored(Connection c, IndexSource s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT file, row_count, min_id, max_id, min_fingerprint,"
                + " max_fingerprint FROM bs_source WHERE source = ?")) {
            ps.setString(1, s.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new SourceState(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)) : new SourceState(null, 0, 0, 0, null, null);
            }
        }
    }

    private static SourceState current(Connection c, IndexSource s) throws SQLException {
        long max = nullToZero(c, "SELECT MAX(id) FROM " + s.qualified());
        long min = nullToZero(c, "SELECT MIN(id) FROM " + s.qualified());
        return new SourceState("", -1, min, max, null, null);
    }

    /** A hash of every column of the row with this id ("absent" when there is none). */
    private static String fingerprint(Connection c, IndexSource s, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + s.qualified() + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "absent";
                }
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    b.append(md.getColumnName(i)).append('=')
                            .append(v == null ? "null" : v.getClass().getSimpleName() + ":" + stringOf(v)).append('\u0001');
                }
                return hash(b.toString());
            }
        }
    }

    private static String stringOf(Object v) {
        return v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : v.toString();
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MS);
        cfg.setOpenMode(SQLiteOpenMode.OPEN_URI);
        cfg.setReadOnly(readOnly);
        if (!readOnly) {
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        }
        cfg.setCacheSize(-65536);
        Properties props = cfg.toProperties();
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (readOnly ? "?mode=ro" : "");
        return org.sqlite.JDBC.createConnection(url, props);
    }

    private static void journalMode(Connection c, String mode) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA main.journal_mode=" + mode);
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM bs_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO bs_meta(key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static long longValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static long nullToZero(Connection c, String sql, Object... params) throws SQLException {
        return longValue(c, sql, params);
    }

    private static long fileSize(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String canonical(Path folder) {
        try {
            return folder.toRealPath().toString();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize().toString();
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
