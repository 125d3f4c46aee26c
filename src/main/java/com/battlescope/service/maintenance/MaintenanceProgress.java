package com.battlescope.service.maintenance;

import com.battlescope.data.index.IndexProgress;

/**
 * Where an action reports how far it got ({@code update}: fraction 0..1, negative when unknown) and asks whether the
 * user wants it stopped. The same contract as the index build's {@link IndexProgress}, so one is passed for the other.
 */
public interface MaintenanceProgress extends IndexProgress {
    MaintenanceProgress NONE = new MaintenanceProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
