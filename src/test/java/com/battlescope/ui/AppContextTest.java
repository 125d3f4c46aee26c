package com.battlescope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.live.LiveUpdate;
import com.battlescope.testutil.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    private final AppContext ctx = new AppContext(new InlineJobs());

    private static LiveUpdate snapshotsOf(String... models) {
        List<HourlySnapshot> rows = java.util.Arrays.stream(models).map(m -> new HourlySnapshot(1L, m,
                Stamp.parse("2025-01-08 17:00:00"), 100_000, 100_000, 0, 0)).toList();
        return new LiveUpdate(rows, List.of(), List.of(), List.of());
    }

    @Test
    void aModelSeenFirstInLiveModeIsListedAndPickedWhenAllWere() {
        ctx.listModels(List.of("b-model", "d-model"));
        ctx.pickModels(List.of("b-model", "d-model"));
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
        ctx.listModels(List.of("b-model", "d-model"));
        ctx.pickModels(List.of("d-model"));

        ctx.publishLive(snapshotsOf("a-model"));

        assertThat(ctx.allModels()).containsExactly("a-model", "b-model", "d-model");
        assertThat(ctx.selectedModels()).containsExactly("d-model");
    }

    @Test
    void readOnlyFromOutside() {
        ctx.listModels(List.of("a-model", "b-model"));
        assertThatThrownBy(() -> ctx.selectedModels().add("a-model")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ctx.allModels().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ctx.battleProperty()).isNotInstanceOf(WritableValue.class);
        assertThat(ctx.rangeProperty()).isNotInstanceOf(WritableValue.class);
        assertThat(ctx.dataVersionProperty()).isNotInstanceOf(WritableValue.class);
    }

    @Test
    void aPickStaysInTheBattlesModelOrder() {
        ctx.listModels(List.of("a-model", "b-model", "c-model"));
        ctx.pickModels(List.of());
        ctx.pickModel("c-model", true);
        ctx.pickModel("a-model", true);
        assertThat(ctx.selectedModels()).containsExactly("a-model", "c-model");
        ctx.pickModel("c-model", false);
        assertThat(ctx.selectedModels()).containsExactly("a-model");
        ctx.pickAllModels();
        assertThat(ctx.selectedModels()).containsExactly("a-model", "b-model", "c-model");
    }

    @Test
    void openingSetsModelsAndRangeBeforeTheBattleAndReplacingKeepsThem(@TempDir Path tmp) {
        Battle first = new BattleService().open(Fixtures.copy("tiny", tmp.resolve("1")));
        Battle second = new BattleService().open(Fixtures.copy("tiny", tmp.resolve("2")));
        List<String> seenAtBattleChange = new ArrayList<>();
        ctx.battleProperty().addListener((o, was, now) -> seenAtBattleChange.add(
                ctx.selectedModels() + " " + ctx.range().fromText()));
        ctx.open(first, List.of("claude-sonnet-3.5", "gpt-4o"), List.of("gpt-4o"),
                TimeRange.parse("2025-01-08", null));
        assertThat(seenAtBattleChange).singleElement().asString().startsWith("[gpt-4o] 2025-01-08");
        assertThat(ctx.allModels()).containsExactly("claude-sonnet-3.5", "gpt-4o");

        ctx.replaceBattle(second);
        assertThat(ctx.battle()).isSameAs(second);
        assertThat(ctx.selectedModels()).containsExactly("gpt-4o");
        assertThat(seenAtBattleChange).hasSize(2);
        ctx.replaceBattle(null);
        assertThat(ctx.battle()).isNull();
    }
}
