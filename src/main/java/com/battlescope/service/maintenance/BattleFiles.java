package com.battlescope.service.maintenance;

import com.battlescope.data.BattleFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The database files of a battle folder as the data contract resolves them (read-only, then closed):
 * where the leaderboard tables and the decisions live, and which of the three files exist.
 */
public record BattleFiles(Path folder, Path metrics, Path leaderboard, Path decisions, List<Path> present) {
    public BattleFiles {
        present = List.copyOf(present);
    }

    /** Throws {@code DataAccessException} naming the file when the folder cannot be opened. */
    public static BattleFiles resolve(Path folderOrFile) {
        try (BattleFolder bf = BattleFolder.open(folderOrFile)) {
            return of(bf);
        }
    }

    static BattleFiles of(BattleFolder bf) {
        return new BattleFiles(bf.folder(), bf.metrics().file(), bf.leaderboard().file(), bf.decisions().file(),
                presentFiles(bf.folder()));
    }

    /** The standard files of a folder that exist with content, without opening them (for checking broken folders). */
    public static List<Path> presentFiles(Path folder) {
        List<Path> present = new ArrayList<>();
        for (String name : List.of(BattleFolder.METRICS, BattleFolder.LEADERBOARD, BattleFolder.DECISIONS)) {
            Path f = folder.resolve(name);
            if (hasContent(f)) {
                present.add(f);
            }
        }
        return present;
    }

    public boolean leaderboardInMetrics() {
        return leaderboard.equals(metrics);
    }

    public boolean decisionsInMetrics() {
        return decisions.equals(metrics);
    }

    /** The distinct files the battle's data comes from (one, two or three). */
    public List<Path> inUse() {
        return List.copyOf(new LinkedHashSet<>(List.of(metrics, leaderboard, decisions)));
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
