package com.battlescope.data.index;

/**
 * What the index holds of one engine table: its rows with ids up to {@code maxId} ({@code rows} of them).
 *
 * @param file the engine file's name
 */
public record IndexCoverage(IndexSource source, String file, long rows, long minId, long maxId) {
}
