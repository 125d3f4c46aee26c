package com.battlescope.cli;

/** The {@code --format} choices of the reporting commands. */
public enum OutputFormat {
    json, csv, table
}
