package com.battlescope.service.maintenance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what an action did while it runs; the service stamps status and timing on it. */
public final class ResultBuilder {
    private final Set<Path> files = new LinkedHashSet<>();
    private final List<TableCount> tables = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<ResultTable> details = new ArrayList<>();

    public ResultBuilder file(Path file) {
        files.add(file);
        return this;
    }

    public ResultBuilder count(Path file, String table, long before, long after) {
        tables.add(new TableCount(file.getFileName().toString(), table, before, after));
        return this;
    }

    public ResultBuilder message(String text) {
        messages.add(text);
        return this;
    }

    public ResultBuilder warning(String text) {
        warnings.add(text);
        return this;
    }

    public ResultBuilder detail(ResultTable table) {
        details.add(table);
        return this;
    }

    MaintenanceResult build(MaintenanceAction action, MaintenanceResult.Status status, Path folder, Instant started,
                            Duration duration) {
        return new MaintenanceResult(action, status, folder, started, duration, List.copyOf(files), tables, messages,
                warnings, details);
    }
}
