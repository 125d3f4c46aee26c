package com.battlescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {
    @Test
    void theMessageOfTheExceptionItself() {
        assertThat(UserMessages.of(new IOException("metrics.db: disk I/O error"))).isEqualTo("metrics.db: disk I/O error");
    }

    @Test
    void aWrapperWithoutItsOwnMessageGivesItsCausesMessage() {
        assertThat(UserMessages.of(new RuntimeException(null, new IOException("no such table: trade_log"))))
                .isEqualTo("no such table: trade_log");
    }

    @Test
    void executorWrappersAreSkippedEvenThoughTheyCarryTheCauseAsText() {
        IOException cause = new IOException("locked");
        assertThat(UserMessages.of(new CompletionException(cause))).isEqualTo("locked");
        assertThat(UserMessages.of(new ExecutionException(cause))).isEqualTo("locked");
    }

    @Test
    void noMessageAnywhereGivesTheClassName() {
        assertThat(UserMessages.of(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(UserMessages.of(new RuntimeException("  "))).isEqualTo("RuntimeException");
    }

    @Test
    void alwaysOneLine() {
        assertThat(UserMessages.of(new IOException("first line\n  second line\r\nthird\n")))
                .isEqualTo("first line second line third");
    }

    @Test
    void failedNamesWhatFailed() {
        assertThat(UserMessages.failed("Leaderboard", new IOException("busy"))).isEqualTo("Leaderboard failed: busy");
    }
}
