package com.battlescope.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A battle folder's engine files, for tests that prove BattleScope left them as they were. */
public final class EngineFiles {
    private EngineFiles() {
    }

    /**
     * SHA-256 of each engine file and non-empty WAL (the -shm is SQLite's shared memory, rewritten by every reader,
     * and a reader of a WAL-mode file may leave an empty -wal).
     */
    public static Map<String, String> hashes(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> !p.toString().endsWith("-shm"))
                    .filter(p -> !p.toString().endsWith("-wal") || p.toFile().length() > 0).toList()) {
                out.put(p.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
