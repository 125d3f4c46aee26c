package com.battlescope.service;

import com.battlescope.data.DataAccessException;
import com.battlescope.data.SchemaScripts;
import java.nio.file.Path;
import java.util.List;

/** Creates an empty battle folder with the engine's schema (the {@code init} command). */
public final class NewBattleFolder {

    /** Returns the three files created; throws {@link DataAccessException} when one already exists. */
    public List<Path> create(Path folder) {
        return SchemaScripts.createBattleFolder(folder);
    }
}
