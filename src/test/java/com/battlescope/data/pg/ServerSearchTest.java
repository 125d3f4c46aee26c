package com.battlescope.data.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.battlescope.model.DecisionFilter;
import com.battlescope.service.Battle;
import com.battlescope.service.BattleService;
import com.battlescope.service.PasswordPrompt;
import com.battlescope.testutil.Cli;
import com.battlescope.testutil.DecisionPages;
import com.battlescope.testutil.Fixtures;
import com.battlescope.testutil.PgServer;
import com.battlescope.data.ReasoningSearchTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log's reasoning search on a server battle (the GIN word index) returns the same rows, in the same
 * pages, as the folder's search with its FTS5 search index (maintain search-index), for words, phrases, prefixes,
 * AND/OR/NOT, NEAR, ^, +, parentheses, text FTS5 rejects (searched as one phrase prefix), and with every filter.
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
        server = indexAndMigrate(folder, "search");
    }

    /** Builds the folder's FTS5 search index, migrates the folder into a fresh schema: the server battle's URL. */
    private static String indexAndMigrate(Path battle, String schemaPrefix) {
        Cli index = Cli.run("maintain", "--data", battle.toString(), "search-index", "--yes", "--log",
                tmp.resolve(schemaPrefix + ".log").toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        String schema = PgServer.freshSchema(schemaPrefix);
        assertThat(Cli.run("migrate", "--from", battle.toString(), "--to", PgServer.url(), "--schema", schema)
                .exitCode()).isZero();
        return PgServer.url(schema);
    }

    @Test
    void everyPageOfASearchIsTheFoldersPage() {
        List<DecisionFilter> filters = new ArrayList<>();
        for (String text : List.of("momentum", "MOMENTUM breakout", "RSI 6", "$121.", "risk ahead of CPI",
                "no edge here", "trimming", "zqxjvbattlescope", "resistance on rising", "100%_\\", "RSI",
                "\"rising volume\"", "mom*", "MACD OR VWAP", "momentum NOT RSI", "breakout AND volume", "stop_loss",
                "AND momentum", "\"unclosed", "Über café",
                // NEAR and ^: "the" is in 2,647 rows (a common word: candidates read in growing chunks)
                "^the", "the NOT NEAR(the at, 2)", "NEAR(momentum rsi, 8)", "NEAR(rsi momentum, 7)", "^strong",
                "NEAR(rsi overbought, 2) OR ^price")) {
            filters.add(new DecisionFilter(null, null, null, null, text, null, null));
        }
        filters.add(new DecisionFilter("claude-sonnet-3.5", null, null, null, "momentum", null, null));
        filters.add(new DecisionFilter(null, "AAPL", "buy", true, "breakout", "2025-01-10", "2025-01-31"));
        filters.add(new DecisionFilter(null, null, null, false, "RSI", null, "2025-01-20 12:00:00"));
        filters.add(new DecisionFilter(null, null, null, true, "the NOT NEAR(the at, 2)", null, "2025-01-20 12:00:00"));
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
            assertThat(nonEmpty).as("searches that found something").isGreaterThanOrEqualTo(18);
        }
    }

    /**
     * NEAR (default and explicit distance, both orders, at the distance and one beyond), ^, +, parentheses,
     * precedence, NOT and OR with them, and rejected text, on hand-written reasonings (ids 1..12 of a copy of the
     * tiny fixture, every other row "waiting for confirmation"): the server finds the rows written here by hand,
     * which are the folder's FTS5 rows; then random queries over the same words give the folder's rows.
     */
    /**
     * A schema copied now marks each reasoning's first word (one GIN lookup for ^word); one copied by an earlier
     * BattleScope has no mark and tests each candidate instead: the same pages either way, the folder's.
     */
    @Test
    void caretSearchesAreTheFoldersWithAndWithoutTheFirstWordMark() throws Exception {
        String unmarked = indexAndMigrate(Fixtures.copy("full-split", tmp.resolve("unmarked")), "unmarked");
        String schema = unmarked.substring(unmarked.indexOf("currentSchema=") + 14).split("&")[0];
        assertThat(comment(schema)).isEqualTo("battlescope:first-token");
        PgServer.execute("COMMENT ON COLUMN " + schema + ".decision_log.reasoning_words IS NULL");
        assertThat(comment(schema)).isNull();
        List<DecisionFilter> filters = new ArrayList<>();
        for (String text : List.of("^momentum", "^strong", "^str*", "^\"strong momentum\"", "^\"mean reversion\"*",
                "^\"stop loss\"", "momentum NOT ^strong", "^zqxj", "^gap OR ^macro", "NEAR(^earnings drift, 1)")) {
            filters.add(new DecisionFilter(null, null, null, null, text, null, null));
        }
        filters.add(new DecisionFilter("claude-sonnet-3.5", null, null, true, "^consolidating", null, null));
        try (Battle onFolder = new BattleService().open(folder);
             Battle marked = new BattleService().open(server, PasswordPrompt.NONE);
             Battle old = new BattleService().open(unmarked, PasswordPrompt.NONE)) {
            int nonEmpty = 0;
            for (DecisionFilter f : filters) {
                List<Long> ids = allPages(onFolder, f);
                assertThat(allPages(marked, f)).as("marked: " + f.text()).isEqualTo(ids);
                assertThat(allPages(old, f)).as("unmarked: " + f.text()).isEqualTo(ids);
                nonEmpty += ids.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).as("searches that found something").isGreaterThanOrEqualTo(6);
            // counted by hand-written Python over the fixture (first word of the reasoning, ASCII tokens)
            assertThat(allPages(marked, filters.get(1))).as("^strong").hasSize(466);
            assertThat(allPages(marked, filters.get(4))).as("^\"mean reversion\"*").hasSize(453);
        }
    }

    private static String comment(String schema) throws Exception {
        try (Connection c = PgServer.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT col_description(a.attrelid, a.attnum) FROM pg_attribute a WHERE a.attrelid = CAST(? AS regclass)"
                        + " AND a.attname = 'reasoning_words'")) {
            ps.setString(1, schema + ".decision_log");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A NEAR page that reads its candidates chunk by chunk stops when its thread is interrupted (a replaced load). */
    @Test
    void aCancelledNearPageStopsBetweenChunks() {
        DecisionFilter near = new DecisionFilter(null, null, null, null, "NEAR(the zqxjvbattlescope)", null, null);
        try (Battle onServer = new BattleService().open(server, PasswordPrompt.NONE)) {
            assertThat(onServer.decisionPage(near, null, 37)).isEmpty();
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> onServer.decisionPage(near, null, 37))
                        .hasMessageEndingWith(": cancelled while reading");
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void nearCaretPlusAndParenthesesFindTheFoldersRows() throws Exception {
        Path hand = Fixtures.copy("tiny", tmp.resolve("hand"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + hand.resolve("decisions.db"));
             PreparedStatement ps = c.prepareStatement("UPDATE decision_log SET reasoning = ? WHERE id = ?")) {
            c.createStatement().executeUpdate("UPDATE decision_log SET reasoning = 'waiting for confirmation'");
            for (int i = 0; i < ReasoningSearchTest.DOCS.size(); i++) {
                ps.setString(1, ReasoningSearchTest.DOCS.get(i));
                ps.setLong(2, i + 1);
                ps.executeUpdate();
            }
        }
        String handServer = indexAndMigrate(hand, "search_syntax");
        Map<String, List<Long>> byHand = new LinkedHashMap<>();
        byHand.put("NEAR(momentum breakout)", List.of(1L, 2L, 3L, 9L, 10L)); // 3: 10 words between, 4: 11
        byHand.put("NEAR(breakout momentum)", List.of(1L, 2L, 3L, 9L, 10L));
        byHand.put("NEAR(momentum breakout, 10)", List.of(1L, 2L, 3L, 9L, 10L));
        byHand.put("NEAR(breakout momentum, 11)", List.of(1L, 2L, 3L, 4L, 9L, 10L));
        byHand.put("NEAR(momentum breakout, 0)", List.of(1L, 9L, 10L));
        byHand.put("NEAR(momentum breakout, 1)", List.of(1L, 2L, 9L, 10L));
        byHand.put("NEAR(\"stop loss\" momentum, 1)", List.of(5L));
        byHand.put("NEAR(\"stop loss\" momentum, 0)", List.of());
        byHand.put("^momentum", List.of(1L, 3L, 4L, 7L));
        byHand.put("^\"stop loss\"", List.of(12L));
        byHand.put("^stop", List.of(6L, 12L));
        byHand.put("stop + loss", List.of(5L, 12L));
        byHand.put("\"stop the\" + loss", List.of(6L));
        byHand.put("momentum AND (breakout OR rsi)", List.of(1L, 2L, 3L, 4L, 5L, 7L, 9L, 10L));
        byHand.put("breakout OR rsi NOT momentum", List.of(1L, 2L, 3L, 4L, 9L, 10L));
        byHand.put("rsi OR stop loss", List.of(5L, 6L, 7L, 9L, 12L));
        byHand.put("momentum NOT NEAR(momentum breakout)", List.of(4L, 5L, 6L, 7L, 11L));
        byHand.put("NEAR(momentum breakout, 0) OR ^stop", List.of(1L, 6L, 9L, 10L, 12L));
        byHand.put("(^momentum OR ^stop) NOT loss", List.of(1L, 3L, 4L, 7L));
        byHand.put("reasoning : ^cafe", List.of(11L));
        // FTS5 rejects these: one phrase, its last word a prefix
        byHand.put("stop (loss)", List.of(5L, 12L));
        byHand.put("NEAR(stop loss", List.of());
        byHand.put("stop loss)", List.of(5L, 12L));
        byHand.put("momentum-", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L));
        try (Battle onFolder = new BattleService().open(hand);
             Battle onServer = new BattleService().open(handServer, PasswordPrompt.NONE)) {
            for (Map.Entry<String, List<Long>> e : byHand.entrySet()) {
                DecisionFilter f = new DecisionFilter(null, null, null, null, e.getKey(), null, null);
                List<Long> folderIds = allPages(onFolder, f);
                assertThat(new TreeSet<>(folderIds)).as("folder: " + e.getKey()).isEqualTo(new TreeSet<>(e.getValue()));
                assertThat(allPages(onServer, f)).as("server: " + e.getKey()).isEqualTo(folderIds);
            }
            String[] words = {"momentum", "breakout", "rsi", "stop", "loss", "mom*", "\"stop loss\"", "volume",
                "\"breakout momentum\"", "stop + loss*", "a", "j", "cafe"};
            Random random = new Random(18);
            int found = 0;
            for (int q = 0; q < 300; q++) {
                DecisionFilter f = new DecisionFilter(null, null, null, null,
                        ReasoningSearchTest.expression(random, 3, words), null, null);
                List<Long> folderIds = allPages(onFolder, f);
                assertThat(allPages(onServer, f)).as("server: " + f.text()).isEqualTo(folderIds);
                found += folderIds.isEmpty() ? 0 : 1;
            }
            assertThat(found).as("random queries that found something").isGreaterThan(100);
        }
    }

    /** Every id of the search, page by page (37 rows each), newest first. */
    private static List<Long> allPages(Battle battle, DecisionFilter f) {
        return DecisionPages.allIds(battle, f, 37);
    }
}
