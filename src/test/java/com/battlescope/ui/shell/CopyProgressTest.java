package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.service.MigrateService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** File › Copy battle to server's progress: the share of all the run's rows copied, by hand. */
class CopyProgressTest {
    @Test
    void theShareCountsEveryTableOfTheRun() {
        List<Double> fractions = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        CopyToServer.RowsProgress p = new CopyToServer.RowsProgress(cancelled, (f, text) -> {
            fractions.add(f);
            lines.add(text);
        });
        p.planned(200); // 80 snapshots + 120 decisions
        p.rows("hourly_snapshots", 0, 80);
        p.rows("hourly_snapshots", 80, 80);
        p.rows("decision_log", 0, 120);
        p.rows("decision_log", 60, 120);
        p.rows("decision_log", 120, 120);
        p.rows(MigrateService.INDEXES, 0, 0);
        assertThat(fractions).containsExactly(0.0, 0.4, 0.4, 0.7, 1.0, -1.0);
        assertThat(lines.get(3)).isEqualTo("Copying decision_log: 60 of 120 rows (70 % of all)");
        assertThat(lines.get(5)).isEqualTo("Building the indexes on the server…");
        cancelled.set(true);
        assertThatThrownBy(() -> p.rows("decision_log", 120, 120)).isInstanceOf(CancellationException.class);
    }

    @Test
    void beforeTheCountTheShareIsUnknownAndNothingToCopyIsDone() {
        List<Double> fractions = new ArrayList<>();
        CopyToServer.RowsProgress p = new CopyToServer.RowsProgress(new AtomicBoolean(), (f, text) -> fractions.add(f));
        p.rows("hourly_snapshots", 0, 0);
        p.planned(0);
        p.rows("hourly_snapshots", 0, 0);
        assertThat(fractions).containsExactly(-1.0, 1.0);
    }
}
