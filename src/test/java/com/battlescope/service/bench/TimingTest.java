package com.battlescope.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up of a timed operation: quick ones are run until compiled, none when none is asked for. */
class TimingTest {
    @Test
    void aQuickOperationIsWarmedUpTwentyTimesBeforeItsMeasuredRuns() {
        AtomicInteger calls = new AtomicInteger();
        Timing.Measured<Integer> m = Timing.median(1, 3, calls::incrementAndGet);
        assertThat(calls.get()).isEqualTo(Timing.MAX_WARMUPS + 3);
        assertThat(m.value()).isEqualTo(Timing.MAX_WARMUPS + 3);
    }

    @Test
    void noWarmUpAskedMeansNone() {
        AtomicInteger calls = new AtomicInteger();
        Timing.median(0, 2, calls::incrementAndGet);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aSlowOperationStopsWarmingUpOnceTheWarmUpTookTwoSeconds() {
        AtomicInteger calls = new AtomicInteger();
        Timing.median(1, 1, () -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(1100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        // two warm-ups (1.1 s, then 2.2 s ≥ 2 s) and the measured run
        assertThat(calls.get()).isEqualTo(3);
    }
}
