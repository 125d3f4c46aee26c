package com.battlescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxThreadTest {
    @Test
    void fromAnotherThreadTheWorkRunsOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        FxThread.run(() -> onFx.complete(Platform.isFxApplicationThread()));
        assertThat(onFx.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void onTheFxThreadTheWorkRunsAtOnceBeforeRunReturns() throws Exception {
        List<String> order = WaitForAsyncUtils.asyncFx(() -> {
            List<String> steps = new ArrayList<>();
            FxThread.run(() -> steps.add("work"));
            steps.add("after run");
            return steps;
        }).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("work", "after run");
    }

    @Test
    void aTimerFiresOnTheFxThreadAfterItsDelayUnlessCancelled() throws Exception {
        CompletableFuture<Boolean> fired = new CompletableFuture<>();
        long start = System.nanoTime();
        FxThread.after(Duration.ofMillis(150), () -> fired.complete(Platform.isFxApplicationThread()));
        assertThat(fired.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(140));

        CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
        Jobs.Job timer = FxThread.after(Duration.ofMillis(150), () -> cancelled.complete(true));
        timer.cancel();
        TimeUnit.MILLISECONDS.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancelled).isNotDone();
    }
}
