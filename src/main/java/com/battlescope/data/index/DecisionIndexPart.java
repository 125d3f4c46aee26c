package com.battlescope.data.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The decision log's part of the index:
 * <ul>
 *   <li>{@code dx_value(kind, code, value)}: the models ({@code m}), symbols ({@code s}) and decisions ({@code d})
 *       as small codes, the values stored exactly as the engine holds them;</li>
 *   <li>{@code dx_cell(cell, m, s, d, e, rows)}: every combination of model, symbol, decision (codes, -1 for a missing
 *       value) and executed that occurs ({@code e} = 1 where {@code executed = 1}, 0 where {@code executed = 0}, the
 *       very comparisons the decision log's filter makes; otherwise 3 where {@code executed} is true as SQLite tests a
 *       condition, 2 where not) with its row count: also the report's decisions and executed decisions per model
 *       ({@link #decisionCounts});</li>
 *   <li>{@code dx(id, cell, ts)}: one compact row per decision (rowid = decision id, {@code ts} the timestamp value as
 *       written, with the engine column's NUMERIC affinity so that it compares as the engine's does), indexed on
 *       {@code cell} (that is, cell then id). A log whose time order is its id order (the engine appends as time
 *       goes) needs no more: a page is an id range. Once a timestamp sorts below an earlier id's
 *       ({@code dx_meta.disorder} = 1, also for a missing timestamp) the indexes {@code (cell, ts)} and
 *       {@code (ts)} are added and pages are read in time order;</li>
 *   <li>{@code dx_fts}: a contentless FTS5 index ({@code detail=none}, rowid = decision id) of the reasoning followed
 *       by the row's codes as tags ({@code bsqm3 bsqs1 bsqd0 bsqe1}), so that text and filters intersect inside FTS5
 *       (a reasoning that happens to hold such a word only adds candidates: the engine's rows are checked);</li>
 *   <li>{@code dx_term(term)}: every distinct token of the index, to turn a substring into the tokens that
 *       contain it.</li>
 * </ul>
 */
public final class DecisionIndexPart implements IndexPart {
    public static final String NAME = "dx";
    /** Tags are this prefix, the kind and the code ({@code bsqs3}). */
    static final String TAG = "bsq";
    static final String TOKENIZER = "unicode61 remove_diacritics 0";
    /** Codes of symbols and decisions stay below this (the cell packs the codes into one integer). */
    static final long FIELD = 1L << 18;
    /** The cell of codes m, s, d (-1 = missing) and e: {@code (m+1)·2^38 + (s+1)·2^20 + (d+1)·4 + e}. */
    private static final String CELL = "(m + 1) * 274877906944 + (s + 1) * 1048576 + (d + 1) * 4 + e";
    private static final String E = "CASE WHEN d.executed = 1 THEN 1 WHEN d.executed = 0 THEN 0"
            + " WHEN d.executed THEN 3 ELSE 2 END";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 5;
    }

    @Override
    public Set<IndexSource> sources() {
        return Set.of(IndexSource.DECISIONS);
    }

    @Override
    public void create(Connection index) throws SQLException {
        try (Statement st = index.createStatement()) {
            st.execute("CREATE TABLE dx_meta(key TEXT PRIMARY KEY, value)");
            st.execute("INSERT INTO dx_meta VALUES ('disorder', 0)");
            st.execute("CREATE TABLE dx_value(kind TEXT NOT NULL, code INTEGER NOT NULL, value,"
                    + " PRIMARY KEY (kind, code))");
            st.execute("CREATE INDEX dx_value_by_value ON dx_value(kind, value)");
            st.execute("CREATE TABLE dx_cell(cell INTEGER PRIMARY KEY, m INTEGER NOT NULL, s INTEGER NOT NULL,"
                    + " d INTEGER NOT NULL, e INTEGER NOT NULL, rows INTEGER NOT NULL)");
            st.execute("CREATE TABLE dx(id INTEGER PRIMARY KEY, cell INTEGER NOT NULL, ts NUMERIC)");
            st.execute("CREATE VIRTUAL TABLE dx_fts USING fts5(reasoning, content='', detail=none, columnsize=0,"
                    + " tokenize='" + TOKENIZER + "')");
            st.execute("CREATE TABLE dx_term(term TEXT PRIMARY KEY) WITHOUT ROWID");
        }
    }

    @Override
    public void update(Connection c, IndexSource source, long fromId, long toId) throws SQLException {
        String src = source.qualified();
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA temp_store = MEMORY");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS dx_chunk(id INTEGER PRIMARY KEY, model_id, symbol, decision,"
                    + " e, ts, reasoning)");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS dx_codes(id INTEGER PRIMARY KEY, cell, m, s, d, e)");
            st.execute("INSERT INTO temp.dx_chunk SELECT d.id, d.model_id, d.symbol, d.decision, " + E + ","
                    + " d.timestamp, d.reasoning FROM " + src + " d WHERE d.id > " + fromId + " AND d.id <= " + toId);
            for (String[] kind : new String[][] {{"m", "model_id"}, {"s", "symbol"}, {"d", "decision"}}) {
                st.execute("INSERT INTO dx_value(kind, code, value)"
                        + " SELECT '" + kind[0] + "', (SELECT COUNT(*) FROM dx_value WHERE kind = '" + kind[0] + "')"
                        + " + ROW_NUMBER() OVER (ORDER BY v) - 1, v FROM (SELECT DISTINCT " + kind[1] + " AS v"
                        + " FROM temp.dx_chunk k WHERE k." + kind[1] + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dx_value x"
                        + " WHERE x.kind = '" + kind[0] + "' AND x.value = k." + kind[1] + "))");
            }
            // codes; -1 for a missing value (no filter value has that code); the cell is made of the codes
            st.execute("INSERT INTO temp.dx_codes(id, m, s, d, e) SELECT k.id, IFNULL(vm.code, -1),"
                    + " IFNULL(vs.code, -1), IFNULL(vd.code, -1), k.e FROM temp.dx_chunk k"
                    + " LEFT JOIN dx_value vm ON vm.kind = 'm' AND vm.value = k.model_id"
                    + " LEFT JOIN dx_value vs ON vs.kind = 's' AND vs.value = k.symbol"
                    + " LEFT JOIN dx_value vd ON vd.kind = 'd' AND vd.value = k.decision");
            if (IndexStore.longValue(c, "SELECT COUNT(*) FROM dx_value WHERE (kind = 's' AND code >= ?)"
                    + " OR (kind = 'd' AND code >= ?)", FIELD - 1, FIELD - 1) > 0) {
                throw new SQLException("more than " + (FIELD - 2) + " distinct symbols or decisions: not indexed");
            }
            st.execute("UPDATE temp.dx_codes SET cell = " + CELL);
            st.execute("INSERT INTO dx(id, cell, ts) SELECT k.id, k.cell, h.ts FROM temp.dx_codes k"
                    + " JOIN temp.dx_chunk h ON h.id = k.id ORDER BY k.id");
            if (!building(c)) {
                st.execute("INSERT INTO dx_cell(cell, m, s, d, e, rows) SELECT cell, m, s, d, e, COUNT(*)"
                        + " FROM temp.dx_codes WHERE true GROUP BY cell"
                        + " ON CONFLICT(cell) DO UPDATE SET rows = rows + excluded.rows");
            }
            st.execute("INSERT INTO dx_fts(rowid, reasoning) SELECT h.id, IFNULL(h.reasoning, '')"
                    + " || ' " + TAG + "m' || k.m || ' " + TAG + "s' || k.s || ' " + TAG + "d' || k.d"
                    + " || ' " + TAG + "e' || k.e FROM temp.dx_chunk h JOIN temp.dx_codes k ON k.id = h.id"
                    + " ORDER BY h.id");
            if (!building(c)) {
                st.execute("DROP TABLE IF EXISTS temp.dx_new");
                st.execute("CREATE VIRTUAL TABLE temp.dx_new USING fts5(reasoning, content='', detail=none,"
                        + " columnsize=0, tokenize='" + TOKENIZER + "')");
                st.execute("INSERT INTO temp.dx_new(rowid, reasoning) SELECT id, reasoning FROM temp.dx_chunk");
                st.execute("CREATE VIRTUAL TABLE temp.dx_new_terms USING fts5vocab(temp, dx_new, row)");
                st.execute("INSERT OR IGNORE INTO dx_term(term) SELECT term FROM temp.dx_new_terms");
                st.execute("DROP TABLE temp.dx_new_terms");
                st.execute("DROP TABLE temp.dx_new");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE dx_meta SET value = 1 WHERE key = 'disorder'"
                    + " AND (EXISTS (SELECT 1 FROM (SELECT ts, LAG(ts) OVER (ORDER BY id) AS before"
                    + " FROM temp.dx_chunk) WHERE ts IS NULL OR ts < before)"
                    + " OR (SELECT ts FROM temp.dx_chunk ORDER BY id LIMIT 1)"
                    + " < (SELECT ts FROM dx WHERE id = (SELECT MAX(id) FROM dx WHERE id <= ?)))")) {
                ps.setLong(1, fromId);
                ps.executeUpdate();
            }
            st.execute("DELETE FROM temp.dx_chunk");
            st.execute("DELETE FROM temp.dx_codes");
        }
    }

    /**
     * Decisions and executed decisions per model ({decisions, executed}, models in the engine's order), summed from
     * {@code dx_cell}: the rows with a model, and of those the ones whose {@code executed} is true as a condition
     * ({@code e} 1 or 3) — what {@code DecisionMapper.getDecisionCounts} counts in the engine file.
     */
    static Map<String, long[]> decisionCounts(Connection c) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.value, SUM(k.rows),"
                + " SUM(CASE WHEN k.e IN (1, 3) THEN k.rows ELSE 0 END) FROM dx_cell k"
                + " JOIN dx_value v ON v.kind = 'm' AND v.code = k.m GROUP BY k.m ORDER BY v.value");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    /** Whether the store is building the index from scratch (the tokens are then listed once, at the end). */
    private static boolean building(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT value FROM bs_meta WHERE key = 'complete'")) {
            return rs.next() && !"1".equals(rs.getString(1));
        }
    }

    @Override
    public void finish(Connection c, boolean rebuilt) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX IF NOT EXISTS dx_by_cell ON dx(cell)");
            if (rebuilt) {
                st.execute("DELETE FROM dx_cell");
                st.execute("INSERT INTO dx_cell(cell, m, s, d, e, rows) SELECT cell, cell / 274877906944 - 1,"
                        + " cell / 1048576 % 262144 - 1, cell / 4 % 262144 - 1, cell % 4, COUNT(*)"
                        + " FROM dx GROUP BY cell");
            }
            boolean disorder;
            try (java.sql.ResultSet rs = st.executeQuery("SELECT value FROM dx_meta WHERE key = 'disorder'")) {
                disorder = rs.next() && rs.getLong(1) != 0;
            }
            if (disorder) {
                st.execute("CREATE INDEX IF NOT EXISTS dx_by_cell_ts ON dx(cell, ts)");
                st.execute("CREATE INDEX IF NOT EXISTS dx_by_ts ON dx(ts)");
            }
            if (rebuilt) {
                st.execute("CREATE VIRTUAL TABLE temp.dx_all_terms USING fts5vocab(main, dx_fts, row)");
                st.execute("INSERT OR IGNORE INTO dx_term(term) SELECT term FROM temp.dx_all_terms");
                st.execute("DROP TABLE temp.dx_all_terms");
            }
        }
    }
}
