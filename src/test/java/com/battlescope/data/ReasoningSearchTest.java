package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server battle reads the Decisions search as SQLite's FTS5 does (ReasoningSearch): which text FTS5 rejects and
 * which reasonings a query finds, checked against FTS5 itself on an in-memory table of the same shape as the
 * folder's search index (one column, unicode61), by hand for NEAR, ^, +, parentheses and precedence, then on
 * thousands of random queries.
 */
public class ReasoningSearchTest {
    /** Reasonings 1..12 (rowid = index + 1): NEAR distances counted by hand in the cases below. */
    public static final List<String> DOCS = List.of(
            "momentum breakout on volume",                                  // 1
            "breakout after momentum faded",                                // 2
            "momentum a b c d e f g h i j breakout",                        // 3: 10 words between
            "momentum a b c d e f g h i j k breakout",                      // 4: 11 words between
            "rsi oversold, momentum turning; stop loss at support",         // 5
            "stop the loss: momentum",                                      // 6
            "Momentum-driven entry; RSI 61",                                // 7
            "waiting for confirmation",                                     // 8
            "breakout momentum rsi",                                        // 9
            "volume rising with momentum, breakout near resistance",        // 10
            "Café déjà vu momentum",                                        // 11
            "stop loss");                                                   // 12

    static Connection sqlite;

    @BeforeAll
    static void fts5() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = sqlite.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE t USING fts5(reasoning)");
        }
        insert(DOCS, 1);
    }

    private static void insert(List<String> docs, int firstId) throws SQLException {
        try (PreparedStatement ps = sqlite.prepareStatement("INSERT INTO t(rowid, reasoning) VALUES (?, ?)")) {
            for (int i = 0; i < docs.size(); i++) {
                ps.setLong(1, firstId + i);
                ps.setString(2, docs.get(i));
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        sqlite.close();
    }

    /** FTS5's rows for the query among ids [from, to], or null when it rejects the query. */
    static TreeSet<Long> fts5(String query, long from, long to) {
        try (PreparedStatement ps = sqlite.prepareStatement(
                "SELECT rowid FROM t WHERE t MATCH ? AND rowid BETWEEN ? AND ?")) {
            ps.setString(1, query);
            ps.setLong(2, from);
            ps.setLong(3, to);
            TreeSet<Long> ids = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException rejected) {
            return null;
        }
    }

    static TreeSet<Long> ours(String query, List<String> docs, long firstId) {
        ReasoningSearch s = ReasoningSearch.of(query);
        TreeSet<Long> ids = new TreeSet<>();
        for (int i = 0; i < docs.size(); i++) {
            if (s.matches(docs.get(i))) {
                ids.add(firstId + i);
            }
        }
        return ids;
    }

    private static void check(String query, Long... expected) {
        TreeSet<Long> want = new TreeSet<>(List.of(expected));
        assertThat(ReasoningSearch.isFts5Query(query)).as("FTS5 accepts " + query).isTrue();
        assertThat(fts5(query, 1, DOCS.size())).as("FTS5 on " + query).isEqualTo(want);
        assertThat(ours(query, DOCS, 1)).as(query).isEqualTo(want);
    }

    @Test
    void nearCountsTheWordsBetweenInEitherOrder() {
        check("NEAR(momentum breakout)", 1L, 2L, 3L, 9L, 10L);             // default 10: doc 3 has 10 between
        check("NEAR(breakout momentum)", 1L, 2L, 3L, 9L, 10L);
        check("NEAR(momentum breakout, 10)", 1L, 2L, 3L, 9L, 10L);
        check("NEAR(momentum breakout, 11)", 1L, 2L, 3L, 4L, 9L, 10L);
        check("NEAR(momentum breakout, 0)", 1L, 9L, 10L);
        check("NEAR(momentum breakout, 1)", 1L, 2L, 9L, 10L);
        // from the end of each phrase to the start of the last one: 9 has "momentum" between breakout and rsi
        check("NEAR(breakout momentum rsi, 0)");
        check("NEAR(rsi breakout momentum, 1)", 9L);
        check("NEAR(\"stop loss\" momentum, 1)", 5L);                      // 5: momentum, turning, stop loss
        check("NEAR(\"stop loss\" momentum, 0)");
        check("NEAR(momentum, 3)", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L);
    }

    @Test
    void caretPlusParenthesesAndPrecedence() {
        check("^momentum", 1L, 3L, 4L, 7L);
        check("^\"stop loss\"", 12L);
        check("^stop", 6L, 12L);
        check("^mom*", 1L, 3L, 4L, 7L);
        check("stop + loss", 5L, 12L);
        check("\"stop\" + \"loss\"", 5L, 12L);
        check("\"stop the\" + loss", 6L);
        check("momentum AND (breakout OR rsi)", 1L, 2L, 3L, 4L, 5L, 7L, 9L, 10L);
        check("(breakout OR rsi) NOT momentum");
        check("breakout OR rsi NOT momentum", 1L, 2L, 3L, 4L, 9L, 10L);    // NOT binds tighter than OR
        check("rsi OR stop loss", 5L, 7L, 9L, 12L, 6L);                    // implicit AND tighter than OR
        check("momentum NOT breakout rsi", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 10L, 11L); // NOT (breakout AND rsi)
        check("NEAR(momentum breakout, 0) OR ^stop", 1L, 6L, 9L, 10L, 12L);
        check("momentum NOT NEAR(momentum breakout)", 4L, 5L, 6L, 7L, 11L);
        check("reasoning : ^cafe", 11L);
        check("-reasoning : momentum");
        check("cafe deja", 11L);
    }

    @Test
    void rejectedTextIsLeftForThePhraseFallback() {
        for (String q : List.of("NEAR(a b", "near(a b)", "NEAR(a b, x)", "NEAR(a b, \"3\")", "NEAR(^a b)", "a (b)",
                "(a) b", "AND a", "a OR", "risk-off", "$121.", "\"unclosed", "price:121", "a ^", "NOT a", "()")) {
            assertThat(fts5(q, 1, DOCS.size())).as("FTS5 rejects " + q).isNull();
            assertThat(ReasoningSearch.isFts5Query(q)).as(q).isFalse();
        }
    }

    @Test
    void randomQueriesFindWhatFts5Finds() throws SQLException {
        Random random = new Random(18);
        String[] vocabulary = {"a", "b", "c", "ab", "ba", "abc"};
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(16);
            for (int k = 0; k < n; k++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(k % 5 == 4 ? ", " : " ");
            }
            docs.add(sb.toString());
        }
        long first = 1000;
        insert(docs, (int) first);
        String[] pieces = {"a", "b", "c", "ab", "ba", "abc", "a", "b", "\"a b\"", "\"b a\"", "\"\"", "\"a\"", "_",
            "AND", "OR", "NOT", "(", ")", "*", "+", "^", "NEAR(", "NEAR", ",", "0", "1", "2", "3", "12", ")",
            "reasoning", ":", "-", "{", "}", "\"reasoning\"", "x", "\"a\"\"b\""};
        int accepted = 0;
        int found = 0;
        for (int q = 0; q < 8000; q++) {
            String query;
            if (q % 2 == 0) {
                query = expression(random, 3, WORDS); // well-formed: the matching, NEAR distances above all
            } else {
                StringBuilder sb = new StringBuilder(); // pieces at random: which text FTS5 accepts
                int n = 1 + random.nextInt(q % 4 == 1 ? 5 : 10);
                for (int k = 0; k < n; k++) {
                    sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
                }
                query = sb.toString();
            }
            TreeSet<Long> theirs = fts5(query, first, first + docs.size() - 1);
            assertThat(ReasoningSearch.isFts5Query(query)).as("accepts: " + query).isEqualTo(theirs != null);
            if (theirs != null) {
                accepted++;
                found += theirs.isEmpty() ? 0 : 1;
                assertThat(ours(query, docs, first)).as(query).isEqualTo(theirs);
            }
        }
        assertThat(accepted).as("queries FTS5 accepted").isGreaterThan(4000);
        assertThat(found).as("queries that found something").isGreaterThan(2000);
    }

    private static final String[] WORDS = {"a", "b", "c", "ab", "ba", "abc", "a*", "b*", "\"a b\"", "\"b a\"*",
        "a + b", "\"a\" + c*", "\"\""};

    /** A random well-formed FTS5 query over these words and phrases. */
    public static String expression(Random random, int depth, String[] words) {
        int kind = depth == 0 ? random.nextInt(3) : random.nextInt(9);
        return switch (kind) {
            case 0 -> words[random.nextInt(words.length)];
            case 1 -> "^" + words[random.nextInt(words.length)];
            case 2 -> {
                StringBuilder sb = new StringBuilder("NEAR(");
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    sb.append(words[random.nextInt(words.length)]).append(' ');
                }
                int distance = random.nextInt(5);
                yield sb.append(distance == 4 ? ")" : ", " + distance + ")").toString();
            }
            case 3 -> expression(random, depth - 1, words) + " AND " + expression(random, depth - 1, words);
            case 4 -> expression(random, depth - 1, words) + " OR " + expression(random, depth - 1, words);
            case 5 -> expression(random, depth - 1, words) + " NOT " + expression(random, depth - 1, words);
            case 6 -> "(" + expression(random, depth - 1, words) + ")";
            case 7 -> expression(random, 0, words) + " " + expression(random, 0, words);
            default -> (random.nextBoolean() ? "reasoning : " : "- reasoning : ") + expression(random, 0, words);
        };
    }
}
