package com.battlescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.service.live.LiveUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppContextTest {
    private final AppContext ctx = new AppContext(new InlineJobs());

    private static LiveUpdate snapshotsOf(String... models) {
        List<HourlySnapshot> rows = java.util.Arrays.stream(models).map(m -> new HourlySnapshot(1L, m,
                Stamp.parse("2025-01-08 17:00:00"), 100_000, 100_000, 0, 0)).toList();
        return new LiveUpdate(rows, List.of(), List.of(), List.of());
    }

    @Test
    void aModelSeenFirstInLiveModeIsListedAndPickedWhenAllWere() {
        ctx.allModels().setAll("b-model", "d-model");
        ctx.selectedModels().setAll("b-model", "d-model");
        String before = ctx.colors().web("b-model");

        ctx.publishLive(snapshotsOf("d-model", "c-model"));

        assertThat(ctx.allModels()).containsExactly("b-model", "c-model", "d-model");
        assertThat(ctx.selectedModels()).containsExactly("b-model", "c-model", "d-model");
        assertThat(ctx.colors().web("b-model")).isEqualTo(before);
        assertThat(ctx.colors().web("c-model")).isNotEqualTo(before).isNotEqualTo(ctx.colors().web("d-model"));
        assertThat(ctx.dataVersionProperty().get()).isEqualTo(1);
    }

    @Test
    void aNarrowedPickStaysNarrowed() {
        ctx.allModels().setAll("b-model", "d-model");
        ctx.selectedModels().setAll("d-model");

        ctx.publishLive(snapshotsOf("a-model"));

        assertThat(ctx.allModels()).containsExactly("a-model", "b-model", "d-model");
        assertThat(ctx.selectedModels()).containsExactly("d-model");
    }
}
