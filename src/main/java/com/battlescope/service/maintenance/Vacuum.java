package com.battlescope.service.maintenance;

import com.battlescope.data.Jdbc;
import com.battlescope.data.SqliteFiles;
import com.battlescope.service.view.Cells;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code VACUUM} of each database file: rebuilds it without free pages. Needs a moment of exclusive access. */
public final class Vacuum extends PerFileAction {
    private final Map<Path, Long> sizeBefore = new HashMap<>();

    @Override
    public MaintenanceAction action() {
        return MaintenanceAction.VACUUM;
    }

    @Override
    String describe(Jdbc c, Path file) {
        long free = c.longValue("PRAGMA freelist_count") * c.longValue("PRAGMA page_size");
        return "rebuild " + file.getFileName() + " (" + Cells.bytes(Sql.size(file)) + ", about " + Cells.bytes(free)
                + " in free pages); readers and the engine wait while it runs";
    }

    @Override
    String apply(Jdbc c, Path file, ResultBuilder out) {
        sizeBefore.put(file, Sql.size(file) + Sql.size(SqliteFiles.walFile(file)));
        c.execute("VACUUM");
        return file.getFileName() + ": vacuumed";
    }

    @Override
    String afterClose(Path file) {
        long after = Sql.size(file) + Sql.size(SqliteFiles.walFile(file));
        return file.getFileName() + ": " + Cells.bytes(sizeBefore.get(file)) + " → " + Cells.bytes(after)
                + " (file and WAL)";
    }
}
