package com.battlescope.service.maintenance;

/** Thrown at a safe point when the user cancelled; the action's transaction rolls back. */
public final class MaintenanceCancelledException extends RuntimeException {
    public MaintenanceCancelledException() {
        super("cancelled by the user; nothing was changed");
    }
}
