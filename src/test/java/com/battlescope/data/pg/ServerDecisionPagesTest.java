package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.DecisionPages;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.PgServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log's filtered pages on a server battle are the folder's, page by page: every decision (the actions
 * are read through the partial indexes of sql/postgresql/indexes.sql, whose predicate the pages name) with and
 * without a model, a symbol and executed.
 */
@ExtendWith(PgServer.class)
class ServerDecisionPagesTest {
    @TempDir
    static Path tmp;
    static Path folder;
    static String server;

    @BeforeAll
    static void migrate() {
        folder = Fixtures.copy("full-split", tmp);
        String schema = PgServer.freshSchema("pages");
        Cli migrate = Cli.run("migrate", "--from", folder.toString(), "--to", PgServer.url(), "--schema", schema);
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        server = PgServer.url(schema);
    }

    @Test
    void everyDecisionFilterGivesTheFoldersPages() {
        try (Battle onFolder = new BattleService().open(folder);
             Battle onServer = new BattleService().open(server, PasswordPrompt.NONE)) {
            String model = onFolder.modelIds().get(0);
            String symbol = onFolder.symbols().get(0);
            List<DecisionFilter> filters = new ArrayList<>();
            for (String decision : List.of("buy", "sell", "hold", "close", "BUY")) {
                for (Boolean executed : Arrays.asList(null, true, false)) {
                    filters.add(new DecisionFilter(null, null, decision, executed, null, null, null));
                    filters.add(new DecisionFilter(model, null, decision, executed, null, null, null));
                    filters.add(new DecisionFilter(null, symbol, decision, executed, null, null, null));
                    filters.add(new DecisionFilter(model, symbol, decision, executed, null, null, null));
                    filters.add(new DecisionFilter(model, null, decision, executed, null, "2025-01-05",
                            "2025-01-20 12:00:00"));
                }
            }
            int nonEmpty = 0;
            for (DecisionFilter f : filters) {
                List<Long> a = DecisionPages.allIds(onFolder, f, 7);
                assertThat(DecisionPages.allIds(onServer, f, 7)).as(f.toString()).isEqualTo(a);
                nonEmpty += a.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).as("filters that found rows").isGreaterThanOrEqualTo(40);
            for (String action : List.of("buy", "sell", "close")) {
                assertThat(DecisionPages.allIds(onServer, new DecisionFilter(model, null, action, null, null, null,
                        null), 7)).as(action + " of " + model).isNotEmpty();
            }
        }
    }
}
