package com.battlescope.data.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an index file says about itself (its meta table).
 *
 * @param complete false while a build was interrupted (the index is then not used)
 * @param parts    part name → version
 */
public record IndexStatus(Path file, String battle, long sizeBytes, Instant builtAt, Instant updatedAt,
                          boolean complete, int schemaVersion, Map<String, Integer> parts,
                          List<IndexCoverage> coverage) {
    public IndexStatus {
        parts = Map.copyOf(parts);
        coverage = List.copyOf(coverage);
    }

    /** The coverage of one source, or null when the index does not read it. */
    public IndexCoverage of(IndexSource source) {
        return coverage.stream().filter(c -> c.source() == source).findFirst().orElse(null);
    }
}
