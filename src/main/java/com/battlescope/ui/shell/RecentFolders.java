package com.battlescope.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/** The last folders opened, newest first, kept in {@link Preferences} across runs. */
public final class RecentFolders {
    static final int MAX = RecentEntries.MAX;
    private final RecentEntries entries;
    private final RecentServers servers;

    public RecentFolders(Preferences prefs) {
        this.entries = new RecentEntries(prefs, "recent.");
        this.servers = new RecentServers(prefs);
    }

    /** The recent server battles, kept beside the folders in the same preferences. */
    public RecentServers servers() {
        return servers;
    }

    public List<Path> list() {
        return entries.list().stream().map(Path::of).toList();
    }

    /** Puts the folder first, dropping an older entry for it and the oldest beyond {@link #MAX}. */
    public void add(Path folder) {
        entries.add(folder.toAbsolutePath().normalize().toString());
    }

    public Path last() {
        List<Path> paths = list();
        return paths.isEmpty() ? null : paths.get(0);
    }
}
