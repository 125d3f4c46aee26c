package com.battlescope.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last folders opened, newest first, kept in {@link Preferences} across runs. */
public final class RecentFolders {
    static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences prefs;

    public RecentFolders(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get(KEY + i, null);
            if (p != null) {
                paths.add(Path.of(p));
            }
        }
        return paths;
    }

    /** Puts the folder first, dropping an older entry for it and the oldest beyond {@link #MAX}. */
    public void add(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(abs);
        paths.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                prefs.put(KEY + i, paths.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }

    public Path last() {
        List<Path> paths = list();
        return paths.isEmpty() ? null : paths.get(0);
    }
}
