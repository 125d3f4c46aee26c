package com.battlescope.service.demo;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo battle the app opens when no data folder is given: created once under the user's data directory
 * ({@code $XDG_DATA_HOME/BattleScope/demo} or {@code ~/.local/share/BattleScope/demo} on Linux,
 * {@code %APPDATA%\BattleScope\demo} on Windows, {@code ~/Library/Application Support/BattleScope/demo} on
 * macOS), re-used while it opens. It is written to a sibling folder first and moved into place, so a crash
 * or a second app starting at the same time never leaves half a battle behind.
 */
public final class DemoFolders {
    /** Small enough to be written in a few seconds on first start. */
    public static final DemoOptions DEFAULT_DEMO = new DemoOptions(6, 4, 30, DemoHours.MARKET, 7, 3,
            DemoOptions.DEFAULT_START, 100_000);
    private static final List<String> FILES = List.of(BattleFolder.METRICS, BattleFolder.LEADERBOARD,
            BattleFolder.DECISIONS);

    private final Path dataDirectory;
    private final DemoOptions options;

    public DemoFolders(Path dataDirectory, DemoOptions options) {
        this.dataDirectory = dataDirectory;
        this.options = options;
    }

    /** The default demo battle in this user's data directory; creates it on first use. */
    public static Path defaultDemo() {
        return new DemoFolders(userDataDirectory(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))), DEFAULT_DEMO).demo();
    }

    /** BattleScope's folder in the platform's per-user data directory. */
    public static Path userDataDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
        } else if (os.startsWith("mac")) {
            base = home.resolve("Library/Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        }
        return base.resolve("BattleScope");
    }

    /** The demo folder: the existing one when it opens with snapshots and decisions, else a new one. */
    public Path demo() {
        Path target = dataDirectory.resolve("demo");
        if (isValid(target)) {
            return target;
        }
        Path staging = dataDirectory.resolve("demo.new-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            new DemoGenerator().generate(staging, options);
            removeBattleFiles(target);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another instance moved its demo into place first: use that one
            deleteQuietly(staging);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new DataAccessException(target, "cannot create the demo battle: " + e.getMessage(), e);
        }
        if (!isValid(target)) {
            throw new DataAccessException(target, "the demo battle was created but does not open");
        }
        return target;
    }

    static boolean isValid(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Battle battle = new BattleService().open(folder)) {
            return battle.snapshotCount() > 0 && battle.decisionCount() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Clears a broken demo (our own files only) so the new one can take its place. */
    private static void removeBattleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (String name : FILES) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(folder.resolve(name + suffix));
            }
        }
        try (Stream<Path> rest = Files.list(folder)) {
            if (rest.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // a leftover staging folder is replaced on the next start
        }
    }
}
