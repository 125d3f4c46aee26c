package com.battlescope.data.index;

/** Where a build reports how far it got, and asks whether it should stop (it stops between chunks). */
public interface IndexProgress {
    IndexProgress NONE = new IndexProgress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} 0..1, negative when unknown. */
    void update(double fraction, String message);

    boolean isCancelled();
}
