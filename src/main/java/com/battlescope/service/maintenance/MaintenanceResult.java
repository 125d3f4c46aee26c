package com.battlescope.service.maintenance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an action did: the files it touched, row counts of each table before and after, what it has to say,
 * problems it found (warnings) and detail tables (statistics, problems).
 */
public record MaintenanceResult(MaintenanceAction action, Status status, Path folder, Instant started,
                                Duration duration, List<Path> files, List<TableCount> tables,
                                List<String> messages, List<String> warnings, List<ResultTable> details) {

    public enum Status {
        DONE, CANCELLED, FAILED
    }

    public MaintenanceResult {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
        details = List.copyOf(details);
    }

    /** The first message: a one-line summary for logs and status bars. */
    public String summary() {
        if (!messages.isEmpty()) {
            return messages.get(0);
        }
        return warnings.isEmpty() ? status.name().toLowerCase(java.util.Locale.ROOT) : warnings.get(0);
    }

    public ResultTable detail(String name) {
        return details.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no detail table " + name));
    }
}
