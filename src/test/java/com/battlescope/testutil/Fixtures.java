package com.battlescope.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies a fixture battle folder from the test resources into a temp folder, so tests never touch the originals. */
public final class Fixtures {
    public static final List<String> NAMES = List.of("tiny", "engine-default", "full-split");
    private static final List<String> FILES = List.of("metrics_timeseries.db", "leaderboard.db", "decisions.db");

    private Fixtures() {
    }

    public static Path copy(String name, Path target) {
        try {
            Path dir = Files.createDirectories(target.resolve(name));
            for (String f : FILES) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    String res = "/fixtures/" + name + "/" + f + suffix;
                    try (InputStream in = Fixtures.class.getResourceAsStream(res)) {
                        if (in != null) {
                            Files.copy(in, dir.resolve(f + suffix));
                        }
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
