package com.battlescope.service;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.BattleSource;
import com.battlescope.data.DataAccessException;
import com.battlescope.data.ServerAddress;
import com.battlescope.data.ServerCatalog;
import java.nio.file.Path;
import java.util.List;

/** Opens battles (folders and server schemas); the one place where the UI and the CLI get a {@link Battle}. */
public final class BattleService {

    /** Opens read-only; throws {@link DataAccessException} with a message naming the file and the problem. */
    public Battle open(Path folderOrFile) {
        return new Battle(BattleFolder.open(folderOrFile));
    }

    /**
     * Opens what {@code --data} names: a folder (or one of its files), or a server battle
     * {@code jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA}; {@code prompt} is asked for a password only
     * when the server wants one that the URL, PGPASSWORD and ~/.pgpass did not give.
     */
    public Battle open(String data, PasswordPrompt prompt) {
        return new Battle(BattleSource.open(data, (address, user) -> prompt.password(address.url(), user)));
    }

    /** Opens a server battle named in the Open database server dialog ({@code server.schema()} picked). */
    public Battle open(ServerSpec server, PasswordPrompt prompt) {
        if (server.schema() == null) {
            throw new IllegalArgumentException(server.label() + ": pick the battle's schema");
        }
        return open(server.url(), prompt);
    }

    /** The battle schemas of the server's database, by name (the dialog's list to pick from). */
    public List<String> battleSchemas(ServerSpec server, PasswordPrompt prompt) {
        return ServerCatalog.battleSchemas(server.withSchema(null).url(),
                (address, user) -> prompt.password(address.url(), user));
    }

    /** Whether {@code --data} names a server battle ({@code jdbc:postgresql:...}) rather than a folder. */
    public static boolean isServer(String data) {
        return ServerAddress.isServerUrl(data);
    }
}
