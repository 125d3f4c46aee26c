package com.battlescope.data.index;

import com.battlescope.model.DecisionFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the decision part of an index ({@link DecisionIndexPart}): the ids of a decision log page, newest first
 * (timestamp then id, descending, compared as the engine compares them), among the decisions the index covers
 * (ids up to {@link #coveredMaxId()}). Without text the ids are exactly the page's; with text they are candidates,
 * a superset of the rows whose reasoning contains the text as LIKE finds it (ASCII case-insensitive substring), which
 * the caller confirms against the engine's rows:
 * <ul>
 *   <li>the text's ASCII words become tokens (the same unicode61 tokenizer): words inside the text must be whole
 *       tokens, the last may be a token's start (prefix query), the first a token's end, a single word any part of a
 *       token; those parts are looked up in {@code dx_term}, the list of every token;</li>
 *   <li>text with other than ASCII characters, or whose words are too short to narrow anything, has no candidates
 *       from FTS5: the page then walks the filtered rows and the caller confirms each (as correct, as slow as today).</li>
 * </ul>
 * When the log's time order is its id order (no {@code disorder}), the time bounds and the keyset are first turned
 * into an id range (binary search over {@code dx}, the comparisons made by SQLite), and every page is that range
 * walked newest id first: in a cell's part of {@code dx_by_cell}, or in FTS5's rowid order. Otherwise pages walk the
 * {@code (cell, ts)} and {@code (ts)} indexes.
 * One connection, used by one thread at a time (the methods are synchronized).
 */
public final class DecisionIndexReader implements AutoCloseable {
    /** Below this many full-text candidates they are all fetched and sorted; above, pages walk them. */
    public static final int RARE = 20_000;
    /** More tokens than this containing a word: the word does not narrow the search. */
    static final int MAX_TERMS = 400;
    /** Up to this many matching rows (by the cells' counts) a page sorts them all instead of walking. */
    public static final int SORT_ROWS = 50_000;
    /** Up to this many cells a page reads each cell's own newest rows and merges them. */
    public static final int MERGE_CELLS = 300;

    /** Where a page switches plans (see {@link #RARE}, {@link #SORT_ROWS}, {@link #MERGE_CELLS}). */
    public record Thresholds(int rare, int sortRows, int mergeCells) {
        public static final Thresholds DEFAULT = new Thresholds(RARE, SORT_ROWS, MERGE_CELLS);
    }

    private final Connection c;
    private final java.nio.file.Path file;
    private final long coveredMaxId;
    private final boolean disorder;
    private final long totalRows;
    private Thresholds thresholds = Thresholds.DEFAULT;

    private DecisionIndexReader(Connection c, java.nio.file.Path file, long coveredMaxId, boolean disorder,
                                long totalRows) {
        this.c = c;
        this.file = file;
        this.totalRows = totalRows;
        this.coveredMaxId = coveredMaxId;
        this.disorder = disorder;
    }

    /** The reader of a complete index, or null when there is none (or it is being built). */
    public static DecisionIndexReader open(IndexStore store) {
        IndexStatus status = store.status();
        if (status == null || !status.complete() || status.of(IndexSource.DECISIONS) == null) {
            return null;
        }
        Connection c = store.openReader();
        try {
            long max = IndexStore.longValue(c, "SELECT max_id FROM bs_source WHERE source = ?",
                    IndexSource.DECISIONS.name());
            boolean disorder = IndexStore.longValue(c, "SELECT value FROM dx_meta WHERE key = 'disorder'") != 0;
            long rows = IndexStore.longValue(c, "SELECT row_count FROM bs_source WHERE source = ?",
                    IndexSource.DECISIONS.name());
            return new DecisionIndexReader(c, store.file(), max, disorder, rows);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a connection that failed
            }
            return null;
        }
    }

    /** Switches plans at other sizes (tests drive every plan on small folders with this). */
    public synchronized DecisionIndexReader withThresholds(Thresholds t) {
        thresholds = t;
        return this;
    }

    /** The largest decision id the index covers; newer rows must be read from the engine file. */
    public long coveredMaxId() {
        return coveredMaxId;
    }

    /** Whether some decision's timestamp sorts below an earlier id's. */
    public boolean disorder() {
        return disorder;
    }

    /** One entry of a page: the decision id and its timestamp value as stored. */
    public record Entry(long id, Object ts) {
    }

    /**
     * Ids of a page, newest first, in batches. {@link #confirm()} says whether each must still be checked against
     * the engine's reasoning (text filters).
     */
    public interface Candidates {
        /** Up to {@code n} more ids in page order; empty when there are no more. */
        List<Entry> next(int n);

        boolean confirm();
    }

    /**
     * The candidates of a page of {@code f} (model, symbol, decision, executed, time range, text) strictly after the
     * keyset ({@code beforeTime}, {@code beforeId}) or from the newest row.
     */
    public synchronized Candidates candidates(DecisionFilter f, Object beforeTime, Long beforeId) {
        try {
            Codes codes = codes(f);
            if (codes == null) {
                return none(f.likePattern() != null);
            }
            List<long[]> cells = cells(codes);
            if (cells.isEmpty()) {
                return none(f.likePattern() != null);
            }
            String text = f.likePattern() == null ? null : f.text();
            String words = text == null ? null : wordsQuery(text);
            if (words != null && words.isEmpty()) {
                return none(true);
            }
            String match = words == null ? null : words + tags(codes);
            if (!disorder) {
                long[] ids = idRange(f, beforeTime, beforeId);
                if (ids[0] > ids[1]) {
                    return none(text != null);
                }
                return match == null ? idWalk(cells, ids, text != null) : ftsWalk(match, ids);
            }
            if (match == null) {
                return walk(cells, f, beforeTime, beforeId, text != null);
            }
            long count = IndexStore.longValue(c, "SELECT COUNT(*) FROM (SELECT rowid FROM dx_fts"
                    + " WHERE dx_fts MATCH ? LIMIT ?)", match, thresholds.rare());
            if (count < thresholds.rare()) {
                return sorted(match, f, beforeTime, beforeId);
            }
            return walk(cells, f, beforeTime, beforeId, true);
        } catch (SQLException e) {
            throw new IndexReadException(file, e);
        }
    }

    /** An index query failed (the caller reads the engine file instead). */
    public static final class IndexReadException extends com.battlescope.data.DataAccessException {
        IndexReadException(java.nio.file.Path file, SQLException e) {
            super(file, "index: " + e.getMessage(), e);
        }
    }

    private static Candidates none(boolean confirm) {
        return new Candidates() {
            @Override
            public List<Entry> next(int n) {
                return List.of();
            }

            @Override
            public boolean confirm() {
                return confirm;
            }
        };
    }

    /** Codes of the filter's values; null when a value does not occur at all (no row can match). */
    private record Codes(Long m, Long s, Long d, Integer e) {
    }

    private Codes codes(DecisionFilter f) throws SQLException {
        Long m = f.modelId() == null ? null : code("m", f.modelId());
        Long s = f.symbol() == null ? null : code("s", f.symbol());
        Long d = f.decision() == null ? null : code("d", f.decision());
        if ((f.modelId() != null && m == null) || (f.symbol() != null && s == null)
                || (f.decision() != null && d == null)) {
            return null;
        }
        return new Codes(m, s, d, f.executed() == null ? null : f.executed() ? 1 : 0);
    }

    private Long code(String kind, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM dx_value WHERE kind = ? AND value = ?")) {
            ps.setString(1, kind);
            ps.setString(2, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** {cell, rows} of the non-empty cells that match. */
    private List<long[]> cells(Codes k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT cell, rows FROM dx_cell WHERE rows > 0"
                + " AND (? IS NULL OR m = ?) AND (? IS NULL OR s = ?) AND (? IS NULL OR d = ?) AND (? IS NULL OR e = ?)"
                + " ORDER BY cell")) {
            Object[] v = {k.m(), k.s(), k.d(), k.e()};
            for (int i = 0; i < 4; i++) {
                ps.setObject(2 * i + 1, v[i]);
                ps.setObject(2 * i + 2, v[i]);
            }
            List<long[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return out;
        }
    }

    private static String tags(Codes k) {
        StringBuilder b = new StringBuilder();
        String tag = " AND " + DecisionIndexPart.TAG;
        if (k.m() != null) {
            b.append(tag).append('m').append(k.m());
        }
        if (k.s() != null) {
            b.append(tag).append('s').append(k.s());
        }
        if (k.d() != null) {
            b.append(tag).append('d').append(k.d());
        }
        if (k.e() != null) {
            b.append(tag).append('e').append(k.e());
        }
        return b.toString();
    }

    /**
     * The FTS5 expression of the tokens a LIKE match of {@code text} must have (ANDed), "" when some word is in no
     * token at all (nothing matches), null when the text cannot be narrowed (not ASCII, or no usable word).
     */
    String wordsQuery(String text) throws SQLException {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = i;
                while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                words.add(text.substring(i, j).toLowerCase(Locale.ROOT));
                starts.add(i);
                i = j;
            } else {
                i++;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean openStart = w == 0 && starts.get(0) == 0;
            boolean openEnd = w == words.size() - 1 && starts.get(w) + word.length() == text.length();
            if (!openStart && !openEnd) {
                parts.add(quote(word));
            } else if (!openStart) {
                parts.add(quote(word) + "*");
            } else {
                List<String> terms = terms(word, openEnd);
                if (terms == null) {
                    continue;
                }
                if (terms.isEmpty()) {
                    return "";
                }
                parts.add("(" + String.join(" OR ", terms.stream().map(DecisionIndexReader::quote).toList()) + ")");
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** Tokens ending with {@code word} (or containing it when {@code anywhere}); null when too many to help. */
    private List<String> terms(String word, boolean anywhere) throws SQLException {
        String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM dx_term WHERE term LIKE ? ESCAPE '\\'"
                + " LIMIT ?")) {
            ps.setString(1, "%" + escaped + (anywhere ? "%" : ""));
            ps.setInt(2, MAX_TERMS + 1);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out.size() > MAX_TERMS ? null : out;
        }
    }

    private static String quote(String token) {
        return "\"" + token.replace("\"", "\"\"") + "\"";
    }

    /** The filter's time bounds and the keyset on {@code dx}, and their values. */
    private String bounds(DecisionFilter f, Object beforeTime, Long beforeId, List<Object> params) {
        StringBuilder b = new StringBuilder(" AND id <= ").append(coveredMaxId);
        if (f.from() != null) {
            b.append(" AND ts >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            b.append(" AND ts <= ?");
            params.add(f.to());
        }
        if (beforeTime != null) {
            b.append(" AND (ts, id) < (?, ?)");
            params.add(beforeTime);
            params.add(beforeId);
        }
        return b.toString();
    }

    private enum Plan { SORT, MERGE, WALK }

    /**
     * How a page of {@code n} reads {@code rows} matching rows in {@code cells} cells: all of them sorted (few rows),
     * each cell's newest merged (few cells), or the whole log walked newest first testing the cell (rows that are
     * dense enough that the walk meets {@code n} of them soon); the cheapest by rows read.
     */
    private Plan plan(long rows, int cells, int n) {
        if (rows <= thresholds.sortRows()) {
            return Plan.SORT;
        }
        double walk = n * (double) Math.max(1, totalRows) / Math.max(1, rows);
        double merge = cells > thresholds.mergeCells() ? Double.MAX_VALUE : (double) cells * n;
        return merge < walk ? Plan.MERGE : Plan.WALK;
    }

    /** Pages of the filtered rows (no text in the index): each batch a fresh keyset query. */
    private Candidates walk(List<long[]> cells, DecisionFilter f, Object beforeTime, Long beforeId, boolean confirm) {
        long rows = cells.stream().mapToLong(x -> x[1]).sum();
        String in = String.join(",", cells.stream().map(x -> Long.toString(x[0])).toList());
        return new Candidates() {
            Object time = beforeTime;
            Long id = beforeId;
            boolean done;

            @Override
            public List<Entry> next(int n) {
                if (done) {
                    return List.of();
                }
                synchronized (DecisionIndexReader.this) {
                    List<Object> params = new ArrayList<>();
                    String where = bounds(f, time, id, params);
                    String sql;
                    if (plan(rows, cells.size(), n) == Plan.SORT) {
                        sql = "SELECT id, ts FROM dx INDEXED BY dx_by_cell_ts WHERE cell IN (" + in + ")" + where
                                + " ORDER BY ts DESC, id DESC LIMIT " + n;
                    } else if (plan(rows, cells.size(), n) == Plan.MERGE) {
                        List<Object> all = new ArrayList<>();
                        List<String> parts = new ArrayList<>();
                        for (long[] cell : cells) {
                            parts.add("SELECT * FROM (SELECT id, ts FROM dx INDEXED BY dx_by_cell_ts WHERE cell = "
                                    + cell[0] + where + " ORDER BY ts DESC, id DESC LIMIT " + n + ")");
                            all.addAll(params);
                        }
                        params = all;
                        sql = String.join(" UNION ALL ", parts) + " ORDER BY 2 DESC, 1 DESC LIMIT " + n;
                    } else {
                        sql = "SELECT id, ts FROM dx INDEXED BY dx_by_ts WHERE cell IN (" + in + ")" + where
                                + " ORDER BY ts DESC, id DESC LIMIT " + n;
                    }
                    List<Entry> out = entries(sql, params);
                    advance(out, n);
                    return out;
                }
            }

            private void advance(List<Entry> out, int n) {
                if (out.size() < n) {
                    done = true;
                }
                if (!out.isEmpty()) {
                    time = out.get(out.size() - 1).ts();
                    id = out.get(out.size() - 1).id();
                }
            }

            @Override
            public boolean confirm() {
                return confirm;
            }
        };
    }

    /** Few full-text candidates: all of them in page order, handed out in slices. */
    private Candidates sorted(String match, DecisionFilter f, Object beforeTime, Long beforeId) {
        List<Object> params = new ArrayList<>(List.of(match));
        String where = bounds(f, beforeTime, beforeId, params);
        List<Entry> all = entries("SELECT dx.id, dx.ts FROM (SELECT rowid AS i FROM dx_fts WHERE dx_fts MATCH ?) m"
                + " CROSS JOIN dx ON dx.id = m.i WHERE 1 = 1" + where + " ORDER BY ts DESC, id DESC", params);
        return new Candidates() {
            int at;

            @Override
            public List<Entry> next(int n) {
                List<Entry> out = all.subList(at, Math.min(all.size(), at + n));
                at += out.size();
                return out;
            }

            @Override
            public boolean confirm() {
                return true;
            }
        };
    }

    /**
     * The ids {lo, hi} of the rows within the filter's time bounds and before the keyset, in a log whose time order
     * is its id order (each bound holds for an id prefix or suffix, found by binary search; SQLite compares).
     */
    private long[] idRange(DecisionFilter f, Object beforeTime, Long beforeId) throws SQLException {
        long lo = IndexStore.longValue(c, "SELECT IFNULL(MIN(id), 1) FROM dx");
        long hi = coveredMaxId;
        if (beforeTime != null) {
            hi = Math.min(hi, lastTrue(lo, hi, "(ts, id) < (?, ?)", beforeTime, beforeId));
        }
        if (f.to() != null) {
            hi = Math.min(hi, lastTrue(lo, hi, "ts <= ?", f.to()));
        }
        if (f.from() != null) {
            lo = Math.max(lo, lastTrue(lo, hi, "NOT (ts >= ?)", f.from()) + 1);
        }
        return new long[] {lo, hi};
    }

    /** The largest id in [lo, hi] whose row satisfies {@code condition}, which holds for an id prefix; lo - 1 if none. */
    private long lastTrue(long lo, long hi, String condition, Object... params) throws SQLException {
        long a = lo;
        long b = hi;
        long found = lo - 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + condition + " FROM dx WHERE id >= ?"
                + " AND id <= " + hi + " ORDER BY id LIMIT 1")) {
            while (a <= b) {
                long mid = a + (b - a) / 2;
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.setLong(params.length + 1, mid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        b = mid - 1;
                        continue;
                    }
                    long id = rs.getLong(1);
                    if (rs.getInt(2) == 1) {
                        found = id;
                        a = id + 1;
                    } else {
                        b = mid - 1;
                    }
                }
            }
        }
        return found;
    }

    /** The filtered rows of an id range, newest id first (a log in time order, no text in the index). */
    private Candidates idWalk(List<long[]> cells, long[] ids, boolean confirm) {
        long rows = cells.stream().mapToLong(x -> x[1]).sum();
        String in = String.join(",", cells.stream().map(x -> Long.toString(x[0])).toList());
        return new IdBatches(ids, confirm) {
            @Override
            List<Entry> read(long lo, long hi, int n) {
                String range = " AND id >= " + lo + " AND id <= " + hi;
                String sql;
                if (plan(rows, cells.size(), n) == Plan.SORT) {
                    sql = "SELECT id, NULL FROM dx INDEXED BY dx_by_cell WHERE cell IN (" + in + ")" + range
                            + " ORDER BY id DESC LIMIT " + n;
                } else if (plan(rows, cells.size(), n) == Plan.MERGE) {
                    List<String> parts = new ArrayList<>();
                    for (long[] cell : cells) {
                        parts.add("SELECT * FROM (SELECT id, NULL FROM dx INDEXED BY dx_by_cell WHERE cell = " + cell[0]
                                + range + " ORDER BY id DESC LIMIT " + n + ")");
                    }
                    sql = String.join(" UNION ALL ", parts) + " ORDER BY 1 DESC LIMIT " + n;
                } else {
                    sql = "SELECT id, NULL FROM dx NOT INDEXED WHERE cell IN (" + in + ")" + range
                            + " ORDER BY id DESC LIMIT " + n;
                }
                return entries(sql, List.of());
            }
        };
    }

    /** Full-text candidates of an id range, newest id first, as FTS5 gives them. */
    private Candidates ftsWalk(String match, long[] ids) {
        return new IdBatches(ids, true) {
            @Override
            List<Entry> read(long lo, long hi, int n) {
                return entries("SELECT rowid, NULL FROM dx_fts WHERE dx_fts MATCH ? AND rowid >= ? AND rowid <= ?"
                        + " ORDER BY rowid DESC LIMIT " + n, List.of(match, lo, hi));
            }
        };
    }

    /** Batches of an id range read downwards. */
    private abstract class IdBatches implements Candidates {
        private final long lo;
        private long hi;
        private final boolean confirm;

        IdBatches(long[] ids, boolean confirm) {
            this.lo = ids[0];
            this.hi = ids[1];
            this.confirm = confirm;
        }

        abstract List<Entry> read(long lo, long hi, int n);

        @Override
        public List<Entry> next(int n) {
            if (hi < lo) {
                return List.of();
            }
            synchronized (DecisionIndexReader.this) {
                List<Entry> out = read(lo, hi, n);
                hi = out.size() < n ? lo - 1 : out.get(out.size() - 1).id() - 1;
                return out;
            }
        }

        @Override
        public boolean confirm() {
            return confirm;
        }
    }

    private List<Entry> entries(String sql, List<Object> params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getObject(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IndexReadException(file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
