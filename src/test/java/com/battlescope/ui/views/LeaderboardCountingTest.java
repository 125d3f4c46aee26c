package com.battlescope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DataTable;
import com.battlescope.service.Battle;
import com.battlescope.service.verdict.VerdictService;
import com.battlescope.service.view.LeaderboardService;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import com.battlescope.ui.Jobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The leaderboard shows its standings before the decisions are counted; the counts fill in afterwards. */
@ExtendWith(ApplicationExtension.class)
class LeaderboardCountingTest {
    @TempDir
    Path tmp;
    private final HeldCounting jobs = new HeldCounting();
    private AppContext ctx;
    private LeaderboardView view;
    private Battle battle;

    /** Runs every job inline except reading trades and counting decisions, which wait for {@link #release()}. */
    private static final class HeldCounting implements Jobs {
        private final InlineJobs inline = new InlineJobs();
        private final List<Runnable> held = new ArrayList<>();
        private final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <T> Job run(String title, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            if (!title.equals("Counting decisions") && !title.equals("Reading trades")) {
                return inline.run(title, work, done, failed);
            }
            int i = held.size();
            cancelled.add(false);
            held.add(() -> {
                if (!cancelled.get(i)) {
                    inline.run(title, work, done, failed);
                }
            });
            return () -> cancelled.set(i, true);
        }

        void release() {
            List<Runnable> all = List.copyOf(held);
            held.clear();
            all.forEach(Runnable::run);
        }
    }

    @Start
    void start(Stage stage) {
        ctx = new AppContext(jobs);
        view = new LeaderboardView(ctx, new LeaderboardService(), new VerdictService());
        stage.setScene(new Scene((Parent) view.node(), 1500, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (battle != null) {
            battle.close();
        }
    }

    private static List<String> column(DataTable t, String header) {
        int i = t.headers().indexOf(header);
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    @Test
    void standingsFirstThenTheDecisionCounts(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        // without the advanced columns nothing is counted
        assertThat(jobs.held).isEmpty();
        assertThat(column(view.tableData(), "Model")).startsWith("gpt-4o");

        robot.clickOn("#advanced-columns");
        // trade sizes and holding times need every trade, the decision columns the counts
        assertThat(jobs.held).hasSize(2);
        assertThat(robot.lookup("#leaderboard-counting").queryAs(Label.class).isVisible()).isTrue();
        assertThat(column(view.tableData(), "Buys")).containsOnly("…");
        assertThat(column(view.tableData(), "Median holding")).containsOnly("…");
        assertThat(column(view.tableData(), "Win rate")).doesNotContain("…");
        assertThat(column(view.tableData(), "Return %")).first().isNotEqualTo("…");

        robot.interact(jobs::release);
        assertThat(robot.lookup("#leaderboard-counting").queryAs(Label.class).isVisible()).isFalse();
        // gpt-4o in tiny: 4 buys, 0 sells, 18 holds, 1 close, mean confidence 64.4
        assertThat(view.tableData().rows().get(0)).endsWith("64.4", "4", "0", "18", "1");
        assertThat(column(view.tableData(), "Median holding")).first().isEqualTo("22h 57m");
    }

    @Test
    void withoutATradeLogTheTradeColumnsWaitForTheRebuiltTrades(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "engine-default", tmp);
        assertThat(jobs.held).hasSize(1);
        assertThat(column(view.tableData(), "Win rate (reconstructed)")).containsOnly("…");
        assertThat(column(view.tableData(), "Return %")).doesNotContain("…");
        assertThat(robot.lookup("#leaderboard-counting").queryAs(Label.class).getText()).isEqualTo("Reading trades…");

        robot.interact(jobs::release);
        assertThat(column(view.tableData(), "Win rate (reconstructed)")).doesNotContain("…");
        assertThat(robot.lookup("#leaderboard-counting").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aNewLoadDropsTheCountingOfTheOldBoard(FxRobot robot) {
        battle = ViewFixture.open(robot, ctx, "tiny", tmp);
        robot.clickOn("#advanced-columns");
        robot.interact(() -> ctx.pickModels(List.of("claude-sonnet-3.5")));
        // the first board's reads were cancelled; the second one's are waiting
        assertThat(jobs.cancelled).containsExactly(true, true, false, false);
        robot.interact(jobs::release);
        assertThat(view.tableData().rows()).singleElement()
                .satisfies(r -> assertThat(r.get(2)).isEqualTo("claude-sonnet-3.5"));
        assertThat(column(view.tableData(), "Buys")).doesNotContain("…");
    }
}
