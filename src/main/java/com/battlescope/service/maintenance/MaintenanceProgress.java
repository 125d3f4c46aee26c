package com.battlescope.service.maintenance;

/** Where an action reports how far it got, and asks whether the user wants it stopped. */
public interface MaintenanceProgress {
    MaintenanceProgress NONE = new MaintenanceProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} 0..1, or a negative value when unknown. */
    void update(double fraction, String message);

    boolean isCancelled();
}
