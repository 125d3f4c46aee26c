package com.battlescope.service;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.DataAccessException;
import java.nio.file.Path;

/** Opens battle folders; the one place where the UI and the CLI get a {@link Battle}. */
public final class BattleService {

    /** Opens read-only; throws {@link DataAccessException} with a message naming the file and the problem. */
    public Battle open(Path folderOrFile) {
        return new Battle(BattleFolder.open(folderOrFile));
    }
}
