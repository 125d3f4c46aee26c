package com.battlescope.service.maintenance;

import java.time.Instant;
import java.util.List;

/** One line of the maintenance log. {@code status} is done, cancelled or failed. */
public record LogEntry(Instant time, String action, String folder, String status, String summary, long durationMs,
                       List<String> files, List<TableCount> tables, List<String> messages, List<String> warnings) {
    public LogEntry {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
    }
}
