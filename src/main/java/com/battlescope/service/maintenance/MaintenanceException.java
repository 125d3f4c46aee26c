package com.battlescope.service.maintenance;

/** An action refused or failed for a reason the user can act on; nothing was changed. */
public class MaintenanceException extends RuntimeException {
    public MaintenanceException(String message) {
        super(message);
    }

    public MaintenanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
