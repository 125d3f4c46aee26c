package com.battlescope.data.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The decision log's part of the index:
 * <ul>
 *   <li>{@code dx_value(kind, code, value)}: the models ({@code m}), symbols ({@code s}) and decisions ({@code d})
 *       as small codes, the values stored exactly as the engine holds them;</li>
 *   <li>{@code dx_cell(cell, m, s, d, e, rows)}: every combination of model, symbol, decision and executed that
 *       occurs ({@code e} = 1 where {@code executed = 1}, 0 where {@code executed = 0}, 2 otherwise, the very
 *       comparisons the decision log's filter makes) with its row count;</li>
 *   <li>{@code dx(id, cell, ts)}: one compact row per decision (rowid = decision id, {@code ts} the timestamp value as
 *       written, with the engine column's NUMERIC affinity so that it compares as the engine's does), indexed on
 *       {@code (cell, ts)} and {@code (ts)} (each with the id), so that every filter combination is a few index
 *       seeks;</li>
 *   <li>{@code dx_fts(reasoning, tags)}: a contentless FTS5 index (rowid = decision id) of the reasoning and of the
 *       row's codes as tags ({@code m3 s1 d0 e1}), so that text and filters intersect inside FTS5;</li>
 *   <li>{@code dx_term(term)}: every distinct token of the reasoning, to turn a substring into the tokens that
 *       contain it;</li>
 *   <li>{@code dx_meta}: {@code disorder} = 1 once a decision's timestamp sorts below an earlier id's (then time
 *       order is not id order and the full-text pages do not walk ids).</li>
 * </ul>
 */
public final class DecisionIndexPart implements IndexPart {
    public static final String NAME = "dx";
    static final String TOKENIZER = "unicode61 remove_diacritics 0";
    private static final String E = "CASE WHEN d.executed = 1 THEN 1 WHEN d.executed = 0 THEN 0 ELSE 2 END";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
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
            st.execute("CREATE TABLE dx_cell(cell INTEGER PRIMARY KEY, m INTEGER, s INTEGER, d INTEGER,"
                    + " e INTEGER NOT NULL, rows INTEGER NOT NULL)");
            st.execute("CREATE UNIQUE INDEX dx_cell_key ON dx_cell(m, s, d, e)");
            st.execute("CREATE TABLE dx(id INTEGER PRIMARY KEY, cell INTEGER NOT NULL, ts NUMERIC)");
            st.execute("CREATE VIRTUAL TABLE dx_fts USING fts5(reasoning, tags, content='', detail=column,"
                    + " tokenize='" + TOKENIZER + "')");
            st.execute("CREATE TABLE dx_term(term TEXT PRIMARY KEY) WITHOUT ROWID");
        }
    }

    @Override
    public void update(Connection c, IndexSource source, long fromId, long toId) throws SQLException {
        String src = source.qualified();
        String range = " WHERE d.id > " + fromId + " AND d.id <= " + toId;
        try (Statement st = c.createStatement()) {
            for (String[] kind : new String[][] {{"m", "model_id"}, {"s", "symbol"}, {"d", "decision"}}) {
                st.execute("INSERT INTO dx_value(kind, code, value)"
                        + " SELECT '" + kind[0] + "', (SELECT COUNT(*) FROM dx_value WHERE kind = '" + kind[0] + "')"
                        + " + ROW_NUMBER() OVER (ORDER BY v) - 1, v FROM (SELECT DISTINCT d." + kind[1] + " AS v FROM "
                        + src + " d" + range + " AND d." + kind[1] + " IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM dx_value x WHERE x.kind = '" + kind[0]
                        + "' AND x.value = d." + kind[1] + "))");
            }
            st.execute("CREATE TEMP TABLE IF NOT EXISTS dx_chunk(id INTEGER PRIMARY KEY, m, s, d, e, ts, reasoning)");
            st.execute("DELETE FROM temp.dx_chunk");
            st.execute("INSERT INTO temp.dx_chunk SELECT d.id,"
                    + " (SELECT code FROM dx_value WHERE kind = 'm' AND value = d.model_id),"
                    + " (SELECT code FROM dx_value WHERE kind = 's' AND value = d.symbol),"
                    + " (SELECT code FROM dx_value WHERE kind = 'd' AND value = d.decision),"
                    + " " + E + ", d.timestamp, d.reasoning FROM " + src + " d" + range);
            st.execute("INSERT INTO dx_cell(m, s, d, e, rows) SELECT DISTINCT m, s, d, e, 0 FROM temp.dx_chunk k"
                    + " WHERE NOT EXISTS (SELECT 1 FROM dx_cell c WHERE c.m IS k.m AND c.s IS k.s AND c.d IS k.d"
                    + " AND c.e = k.e)");
            st.execute("UPDATE dx_cell SET rows = rows + g.n FROM (SELECT m, s, d, e, COUNT(*) AS n FROM temp.dx_chunk"
                    + " GROUP BY m, s, d, e) g WHERE g.m IS dx_cell.m AND g.s IS dx_cell.s AND g.d IS dx_cell.d"
                    + " AND g.e = dx_cell.e");
            st.execute("INSERT INTO dx(id, cell, ts) SELECT k.id, (SELECT cell FROM dx_cell c WHERE c.m IS k.m"
                    + " AND c.s IS k.s AND c.d IS k.d AND c.e = k.e), k.ts FROM temp.dx_chunk k ORDER BY k.id");
            st.execute("INSERT INTO dx_fts(rowid, reasoning, tags) SELECT id, reasoning,"
                    + " 'm' || IFNULL(m, 'x') || ' s' || IFNULL(s, 'x') || ' d' || IFNULL(d, 'x') || ' e' || e"
                    + " FROM temp.dx_chunk ORDER BY id");
            st.execute("DROP TABLE IF EXISTS temp.dx_new");
            st.execute("CREATE VIRTUAL TABLE temp.dx_new USING fts5(reasoning, content='', detail=none,"
                    + " tokenize='" + TOKENIZER + "')");
            st.execute("INSERT INTO temp.dx_new(rowid, reasoning) SELECT id, reasoning FROM temp.dx_chunk");
            st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.dx_new_terms USING fts5vocab(temp, dx_new, row)");
            st.execute("INSERT OR IGNORE INTO dx_term(term) SELECT term FROM temp.dx_new_terms");
            st.execute("DROP TABLE temp.dx_new_terms");
            st.execute("DROP TABLE temp.dx_new");
            try (PreparedStatement ps = c.prepareStatement("UPDATE dx_meta SET value = 1 WHERE key = 'disorder'"
                    + " AND EXISTS (SELECT 1 FROM (SELECT ts < LAG(ts) OVER (ORDER BY id) AS back FROM dx"
                    + " WHERE id >= IFNULL((SELECT MAX(id) FROM dx WHERE id <= ?), 0) AND id <= ?) WHERE back)")) {
                ps.setLong(1, fromId);
                ps.setLong(2, toId);
                ps.executeUpdate();
            }
            st.execute("DELETE FROM temp.dx_chunk");
        }
    }

    @Override
    public void finish(Connection c, boolean rebuilt) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX IF NOT EXISTS dx_by_cell ON dx(cell, ts)");
            st.execute("CREATE INDEX IF NOT EXISTS dx_by_ts ON dx(ts)");
            if (rebuilt) {
                st.execute("INSERT INTO dx_fts(dx_fts) VALUES ('optimize')");
            }
        }
    }
}
