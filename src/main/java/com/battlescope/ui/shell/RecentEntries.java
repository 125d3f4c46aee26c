package com.battlescope.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** A list of recent entries (text), newest first, kept in {@link Preferences} under {@code key0}, {@code key1}, …. */
final class RecentEntries {
    static final int MAX = 8;
    private final Preferences prefs;
    private final String key;

    RecentEntries(Preferences prefs, String key) {
        this.prefs = prefs;
        this.key = key;
    }

    List<String> list() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String e = prefs.get(key + i, null);
            if (e != null) {
                entries.add(e);
            }
        }
        return entries;
    }

    /** Puts the entry first, dropping an older copy of it and the oldest beyond {@link #MAX}. */
    void add(String entry) {
        List<String> entries = new ArrayList<>(list());
        entries.remove(entry);
        entries.add(0, entry);
        for (int i = 0; i < MAX; i++) {
            if (i < entries.size()) {
                prefs.put(key + i, entries.get(i));
            } else {
                prefs.remove(key + i);
            }
        }
    }
}
