package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.PgServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log's reasoning search on a server battle (the GIN word index) returns the same rows, in the same
 * pages, as the folder's search with its FTS5 search index (maintain search-index), for words, phrases, prefixes,
 * AND/OR/NOT, text FTS5 rejects (searched as one phrase prefix), and with every filter.
 */
@ExtendWith(PgServer.class)
class ServerSearchTest {
    @TempDir
    static Path tmp;
    static Path folder;
    static String server;

    @BeforeAll
    static void migrate() {
        folder = Fixtures.copy("full-split", tmp);
        Cli index = Cli.run("maintain", "--data", folder.toString(), "search-index", "--yes", "--log",
                tmp.resolve("maintenance.log").toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        String schema = PgServer.freshSchema("search");
        assertThat(Cli.run("migrate", "--from", folder.toString(), "--to", PgServer.url(), "--schema", schema)
                .exitCode()).isZero();
        server = PgServer.url(schema);
    }

    @Test
    void everyPageOfASearchIsTheFoldersPage() {
        List<DecisionFilter> filters = new ArrayList<>();
        for (String text : List.of("momentum", "MOMENTUM breakout", "RSI 6", "$121.", "risk ahead of CPI",
                "no edge here", "trimming", "zqxjvbattlescope", "resistance on rising", "100%_\\", "RSI",
                "\"rising volume\"", "mom*", "MACD OR VWAP", "momentum NOT RSI", "breakout AND volume", "stop_loss",
                "AND momentum", "\"unclosed", "Über café")) {
            filters.add(new DecisionFilter(null, null, null, null, text, null, null));
        }
        filters.add(new DecisionFilter("claude-sonnet-3.5", null, null, null, "momentum", null, null));
        filters.add(new DecisionFilter(null, "AAPL", "buy", true, "breakout", "2025-01-10", "2025-01-31"));
        filters.add(new DecisionFilter(null, null, null, false, "RSI", null, "2025-01-20 12:00:00"));
        try (Battle onFolder = new BattleService().open(folder);
             Battle onServer = new BattleService().open(server, PasswordPrompt.NONE)) {
            assertThat(onFolder.hasDecisionFts()).as("the folder has its search index").isTrue();
            int nonEmpty = 0;
            for (DecisionFilter f : filters) {
                List<Long> a = allPages(onFolder, f);
                List<Long> b = allPages(onServer, f);
                assertThat(b).as(f.toString()).isEqualTo(a);
                nonEmpty += a.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).as("searches that found something").isGreaterThanOrEqualTo(14);
        }
    }

    /** Every id of the search, page by page (37 rows each), newest first. */
    private static List<Long> allPages(Battle battle, DecisionFilter f) {
        List<Long> ids = new ArrayList<>();
        Decision after = null;
        while (true) {
            List<Decision> page = battle.decisionPage(f, after, 37);
            page.forEach(d -> ids.add(d.id()));
            if (page.size() < 37) {
                return ids;
            }
            after = page.get(page.size() - 1);
        }
    }
}
