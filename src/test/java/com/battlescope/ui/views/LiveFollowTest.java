package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFollowTest {
    private final AppContext ctx = new AppContext(new InlineJobs());
    private final List<String> calls = new ArrayList<>();
    private final LiveFollow follow = new LiveFollow(ctx, () -> calls.add("data"), () -> calls.add("catch up"));

    private void bump() {
        ctx.dataChanged();
    }

    @Test
    void aShownViewHandlesEveryVersion() {
        bump();
        bump();
        assertThat(calls).containsExactly("data", "data");
    }

    @Test
    void aHiddenViewCatchesUpOnceWhenShown() {
        follow.setShown(false);
        bump();
        bump();
        bump();
        assertThat(calls).isEmpty();
        assertThat(follow.isBehind()).isTrue();
        follow.setShown(true);
        follow.setShown(true);
        assertThat(calls).containsExactly("catch up");
        assertThat(follow.isBehind()).isFalse();
        bump();
        assertThat(calls).containsExactly("catch up", "data");
    }

    @Test
    void aViewHiddenWithoutNewDataDoesNotReloadWhenShown() {
        follow.setShown(false);
        follow.setShown(true);
        assertThat(calls).isEmpty();
    }
}
