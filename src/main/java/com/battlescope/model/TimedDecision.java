package com.battlescope.model;

/** A decision with SQLite's {@code julianday(timestamp)}, so time differences match the engine's view bit for bit. */
public record TimedDecision(Decision decision, double julianDay) {

    /** The view's distance in minutes, in its exact order of operations so that doubles match SQLite. */
    public static double minutesApart(double julianDay1, double julianDay2) {
        return Math.abs(julianDay1 - julianDay2) * 24 * 60;
    }
}
