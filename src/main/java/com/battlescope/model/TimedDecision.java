package com.battlescope.model;

/** A decision with SQLite's {@code julianday(timestamp)}, so time differences match the engine's view bit for bit. */
public record TimedDecision(Decision decision, double julianDay) {
}
