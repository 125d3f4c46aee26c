package com.battlescope.service.maintenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The maintenance log: an append-only file of JSON lines, one per action run, kept in the user's app data folder
 * (never in the engine's databases). Lines that cannot be read are skipped, so a damaged line loses only itself.
 */
public final class MaintenanceLog {
    /** Overrides the log's location (tests, portable installs). */
    public static final String FILE_PROPERTY = "battlescope.maintenance.log";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public MaintenanceLog(Path file) {
        this.file = file;
    }

    /** The log at {@link #defaultFile()}. */
    public static MaintenanceLog standard() {
        return new MaintenanceLog(defaultFile());
    }

    /**
     * {@code -Dbattlescope.maintenance.log=FILE} if set; else {@code maintenance.log} in the app data folder:
     * {@code $XDG_DATA_HOME/BattleScope} or {@code ~/.local/share/BattleScope} on Linux,
     * {@code ~/Library/Application Support/BattleScope} on macOS, {@code %APPDATA%\BattleScope} on Windows.
     */
    public static Path defaultFile() {
        String override = System.getProperty(FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return appDataFolder().resolve("maintenance.log");
    }

    static Path appDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("BattleScope");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/BattleScope");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("BattleScope");
    }

    public Path file() {
        return file;
    }

    /**
     * Fails (before an action changes anything) when the log cannot be appended to: its folder cannot be created,
     * it is a folder, or it is not writable. Creates the (empty) file when it is missing.
     */
    void requireWritable() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE).close();
        } catch (IOException | RuntimeException e) {
            throw new MaintenanceException("cannot write the maintenance log " + file + " (" + ioReason(e)
                    + "); nothing was changed: choose another --log file", e);
        }
    }

    private static String ioReason(Exception e) {
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way of its folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : reason;
    }

    /** Appends one line; returns null, or what went wrong (the action itself is not undone for it). */
    String append(MaintenanceResult r) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String line = JSON.writeValueAsString(toJson(r)) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return null;
        } catch (IOException e) {
            return "could not write the maintenance log " + file + ": " + e.getMessage();
        }
    }

    /** Every readable entry, oldest first. */
    public List<LogEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MaintenanceException("cannot read the maintenance log " + file + ": " + e.getMessage(), e);
        }
        List<LogEntry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(fromJson(JSON.readTree(line)));
            } catch (IOException | RuntimeException e) {
                // a damaged line (e.g. a crash mid-write) is skipped; the rest of the log stays readable
            }
        }
        return entries;
    }

    private static ObjectNode toJson(MaintenanceResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("time", r.started().toString());
        n.put("action", r.action().command());
        n.put("folder", String.valueOf(r.folder()));
        n.put("status", r.status().name().toLowerCase(Locale.ROOT));
        n.put("duration_ms", r.duration().toMillis());
        n.put("summary", r.summary());
        ArrayNode files = n.putArray("files");
        r.files().forEach(f -> files.add(f.toString()));
        ArrayNode tables = n.putArray("tables");
        for (TableCount t : r.tables()) {
            tables.addObject().put("file", t.file()).put("table", t.table()).put("before", t.before())
                    .put("after", t.after());
        }
        ArrayNode messages = n.putArray("messages");
        r.messages().forEach(messages::add);
        ArrayNode warnings = n.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return n;
    }

    private static LogEntry fromJson(JsonNode n) {
        List<TableCount> tables = new ArrayList<>();
        n.path("tables").forEach(t -> tables.add(new TableCount(t.path("file").asText(), t.path("table").asText(),
                t.path("before").asLong(), t.path("after").asLong())));
        return new LogEntry(Instant.parse(n.path("time").asText()), n.path("action").asText(),
                n.path("folder").asText(), n.path("status").asText(), n.path("summary").asText(),
                n.path("duration_ms").asLong(), texts(n.path("files")), tables, texts(n.path("messages")),
                texts(n.path("warnings")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
