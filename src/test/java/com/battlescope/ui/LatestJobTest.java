package com.battlescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestJobTest {
    private final ManualJobs jobs = new ManualJobs();
    private final LatestJob latest = new LatestJob(jobs);
    private final List<String> seen = new ArrayList<>();

    private void start(String value) {
        latest.run("load " + value, () -> value, seen::add, e -> seen.add("failed: " + e.getMessage()));
    }

    @Test
    void aNewerLoadCancelsTheOlderOneAndOnlyTheNewerCallsBack() {
        start("first");
        start("second");
        ManualJobs.Pending first = jobs.started().get(0);
        ManualJobs.Pending second = jobs.started().get(1);
        assertThat(first.cancelled()).isTrue();
        assertThat(second.cancelled()).isFalse();
        second.finish();
        first.finish(); // its result arrives late: ignored
        assertThat(seen).containsExactly("second");
    }

    @Test
    void aReplacedLoadsFailureIsIgnoredTooButTheLatestFailureIsReported() {
        start("first");
        start("second");
        jobs.started().get(0).fail(new IOException("old"));
        jobs.started().get(1).fail(new IOException("new"));
        assertThat(seen).containsExactly("failed: new");
    }

    @Test
    void cancelStopsTheRunningLoadAndSkipsItsCallback() {
        start("only");
        assertThat(latest.isRunning()).isTrue();
        latest.cancel();
        assertThat(jobs.last().cancelled()).isTrue();
        assertThat(latest.isRunning()).isFalse();
        jobs.last().finish();
        assertThat(seen).isEmpty();
    }

    @Test
    void runningEndsWhenTheLatestLoadCallsBackAndATicketKnowsWhetherItIsLatest() {
        LatestJob.Ticket first = latest.run("a", () -> 1, r -> { }, e -> { });
        LatestJob.Ticket second = latest.run("b", () -> 2, r -> { }, e -> { });
        assertThat(first.isLatest()).isFalse();
        assertThat(second.isLatest()).isTrue();
        jobs.last().finish();
        assertThat(latest.isRunning()).isFalse();
        assertThat(second.isLatest()).isTrue();
    }

    @Test
    void withInlineJobsTheResultArrivesBeforeRunReturns() {
        LatestJob inline = new LatestJob(new InlineJobs());
        inline.run("x", () -> "now", seen::add, e -> { });
        assertThat(seen).containsExactly("now");
        assertThat(inline.isRunning()).isFalse();
    }
}
