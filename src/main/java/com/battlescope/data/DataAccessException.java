package com.battlescope.data;

import java.nio.file.Path;

/** A problem with a battle file, worded for the user: it names the file and what is wrong. */
public class DataAccessException extends RuntimeException {
    private final Path file;

    public DataAccessException(Path file, String problem) {
        this(file, problem, null);
    }

    public DataAccessException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
