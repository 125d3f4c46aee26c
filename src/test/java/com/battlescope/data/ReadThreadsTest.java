package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadThreadsTest {
    @Test
    void interruptingTheWaitingJobInterruptsTheReadItWaitsFor() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<String> readEnded = new CompletableFuture<>();
        Future<String> read = ReadThreads.start(() -> {
            reading.countDown();
            try {
                while (true) {
                    ReadThreads.checkCancelled();
                    Thread.onSpinWait();
                }
            } catch (CancellationException e) {
                readEnded.complete("stopped: " + Thread.currentThread().getName());
                throw e;
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                ReadThreads.join(read, List.of());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        job.interrupt();
        job.join(5000);
        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        assertThat(readEnded.get(5, TimeUnit.SECONDS)).isEqualTo("stopped: battlescope-read");
    }

    @Test
    void aFailedReadRethrowsItsOwnExceptionAndCancelsTheOthers() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Future<String> other = ReadThreads.start(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        Future<String> failing = ReadThreads.start(() -> {
            throw new IllegalStateException("no such table: hourly_snapshots");
        });
        assertThatThrownBy(() -> ReadThreads.join(failing, List.of(other)))
                .isInstanceOf(IllegalStateException.class).hasMessage("no such table: hourly_snapshots");
        assertThat(other.isCancelled()).isTrue();
    }

    @Test
    void aReadsResultIsReturned() {
        assertThat(ReadThreads.join(ReadThreads.start(() -> 42), List.of())).isEqualTo(42);
    }
}
