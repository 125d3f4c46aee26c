package com.battlescope.ui.shell;

import com.battlescope.service.ServerSpec;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The last server battles opened, newest first, kept in {@link Preferences} beside the recent folders: host, port,
 * database, user, TLS mode and schema — never a password (a {@link ServerSpec} has none).
 */
public final class RecentServers {
    private final RecentEntries entries;

    public RecentServers(Preferences prefs) {
        this.entries = new RecentEntries(prefs, "recent-server.");
    }

    public List<ServerSpec> list() {
        return entries.list().stream().map(ServerSpec::decode).filter(Objects::nonNull).toList();
    }

    public void add(ServerSpec server) {
        entries.add(server.encode());
    }
}
