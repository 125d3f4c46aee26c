package com.battlescope.service.export;

/** An export that could not be written; the message names the file and the cause. */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
