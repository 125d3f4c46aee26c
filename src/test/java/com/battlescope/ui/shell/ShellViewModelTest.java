package com.battlescope.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.TimeRange;
import com.battlescope.service.UserMessages;
import com.battlescope.service.index.IndexService;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.TempDataDirectory;
import com.battlescope.ui.AppContext;
import com.battlescope.ui.InlineJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model without a toolkit: opening, re-opening and a failed open. */
@ExtendWith(TempDataDirectory.class)
class ShellViewModelTest {
    @TempDir
    Path tmp;
    private final AppContext ctx = new AppContext(new InlineJobs());
    private final List<Exception> unasked = new ArrayList<>();
    private final ShellViewModel vm = new ShellViewModel(ctx, new BattleService(), unasked::add);
    private final List<ShellViewModel.Opened> opened = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void close() {
        ctx.replaceBattle(null);
    }

    private void open(Path folder) {
        vm.open(folder, opened::add, e -> failures.add(UserMessages.of(e)));
    }

    @Test
    void openingAFolderListsAndPicksEveryModelOverTheWholeRange() {
        Path folder = Fixtures.copy("tiny", tmp);
        open(folder);
        assertThat(failures).isEmpty();
        assertThat(opened).containsExactly(new ShellViewModel.Opened(folder, true));
        assertThat(ctx.battle().path()).isEqualTo(folder);
        assertThat(ctx.allModels()).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(ctx.selectedModels()).containsExactly("claude-sonnet-3.5", "gpt-4o");
        assertThat(ctx.range()).isEqualTo(TimeRange.ALL);
        assertThat(vm.overviewProperty().get().folder()).isEqualTo(folder);
    }

    @Test
    void aCurrentIndexIsReadThroughFromTheFirstViewAndAFarBehindOneIsLeftToTheBackgroundJob() throws Exception {
        Path folder = Fixtures.copy("full-split", tmp);
        assertThat(Cli.run("index", "--data", folder.toString()).exitCode()).isZero();
        append(folder, 7);
        open(folder);
        assertThat(failures).isEmpty();
        Battle battle = ctx.battle();
        assertThat(battle.usesIndex()).as("current: read through at once").isTrue();
        assertThat(new IndexService().summary(battle).covers().get(0).behind()).as("the 7 new rows added").isZero();

        append(folder, (int) IndexService.OPEN_AT_ONCE + 1);
        opened.clear();
        open(folder);
        assertThat(opened).hasSize(1);
        assertThat(ctx.battle().usesIndex()).as("too far behind to add while opening").isFalse();
        assertThat(new IndexService().summary(ctx.battle()).covers().get(0).behind())
                .isEqualTo(IndexService.OPEN_AT_ONCE + 1);
    }

    /** Appends copies of the newest decisions, as the engine appends (ids and times go on). */
    private static void append(Path folder, int rows) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("decisions.db"));
             java.sql.Statement st = c.createStatement()) {
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                    + "INSERT INTO decision_log(model_id, symbol, decision, reasoning, timestamp, executed) "
                    + "SELECT d.model_id, d.symbol, d.decision, d.reasoning, d.timestamp, d.executed FROM n, "
                    + "(SELECT * FROM decision_log ORDER BY id DESC LIMIT 1) d");
        }
    }

    @Test
    void reloadingTheSameFolderKeepsThePickAndTheRange() {
        open(Fixtures.copy("tiny", tmp));
        Battle first = ctx.battle();
        ctx.pickModels(List.of("gpt-4o"));
        TimeRange range = TimeRange.parse("2025-01-08", null);
        ctx.setRange(range);
        vm.reload(opened::add, e -> failures.add(UserMessages.of(e)));
        assertThat(ctx.battle()).isNotSameAs(first);
        assertThat(opened.get(1).newFolder()).isFalse();
        assertThat(ctx.selectedModels()).containsExactly("gpt-4o");
        assertThat(ctx.range()).isEqualTo(range);

        open(Fixtures.copy("engine-default", tmp));
        assertThat(opened.get(2).newFolder()).isTrue();
        assertThat(ctx.range()).isEqualTo(TimeRange.ALL);
        assertThat(ctx.selectedModels()).isEqualTo(ctx.allModels()).hasSizeGreaterThan(1);
    }

    @Test
    void aFolderThatIsNoBattleSaysSoAndLeavesTheOpenBattle() throws Exception {
        open(Fixtures.copy("tiny", tmp));
        Battle before = ctx.battle();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        open(empty);
        assertThat(failures).singleElement().asString().contains("empty");
        assertThat(ctx.battle()).isSameAs(before);
        assertThat(vm.overviewProperty().get().folder()).isEqualTo(before.path());
    }

    @Test
    void aBattleSetBySomeoneElseGetsItsCountsRead() {
        open(Fixtures.copy("tiny", tmp));
        Battle other = new BattleService().open(Fixtures.copy("engine-default", tmp));
        ctx.replaceBattle(other);
        assertThat(vm.overviewProperty().get().folder()).isEqualTo(other.path());
        assertThat(unasked).isEmpty();
    }
}
