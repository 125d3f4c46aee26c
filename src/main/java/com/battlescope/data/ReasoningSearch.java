package com.battlescope.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed in the Decisions search, read exactly as SQLite's FTS5 reads it on a folder's search index
 * (one column, {@code reasoning}, unicode61 tokens): words and {@code "quoted phrases"}, {@code +} joining phrases,
 * a {@code *} prefix, {@code ^} (the phrase starts the reasoning), {@code NEAR(p1 p2 ..., N)} (default N = 10),
 * parentheses, column filters on {@code reasoning}, and {@code NOT} &gt; {@code AND} (also implicit between
 * neighbouring phrases, which binds tightest) &gt; {@code OR}. Text FTS5 rejects is searched as one phrase whose
 * last word is a prefix, as the folder does.
 *
 * <p>On a server, {@link #tsquery} finds the candidates through the GIN index of the reasoning's words: exactly
 * the rows when {@link #exact} (words, phrases, prefixes, +, AND/OR/NOT), a superset otherwise (NEAR and ^, which a
 * tsquery cannot say: their phrases must all occur), whose rows {@link #matches} then tests on the reasoning.
 */
public final class ReasoningSearch {
    /** FTS5's default NEAR distance. */
    static final int DEFAULT_NEAR = 10;
    private static final String COLUMN = "reasoning";

    private final Node root;
    private final String tsquery;
    /** Whether the word lists searched mark their first word ({@link ReasoningWords#withFirstToken}). */
    private final boolean firstMarked;

    private ReasoningSearch(Node root, boolean firstMarked) {
        this.root = root;
        this.firstMarked = firstMarked;
        this.tsquery = root.tsquery(firstMarked);
    }

    /** The typed text as FTS5 reads it, or (when FTS5 rejects it) as one phrase, its last word a prefix. */
    public static ReasoningSearch of(String typed) {
        return of(typed, false);
    }

    /**
     * As {@link #of(String)}, for word lists that mark their first word when {@code firstMarked}: a {@code ^word}
     * then looks up the marked first word in the index instead of testing every reasoning holding it.
     */
    public static ReasoningSearch of(String typed, boolean firstMarked) {
        Node parsed = new Parser(typed).parse();
        if (parsed == null) {
            Phrase all = new Phrase();
            all.add(ReasoningWords.tokens(typed), true);
            parsed = new Near(List.of(all), DEFAULT_NEAR, false, Cols.UNSET);
        }
        return new ReasoningSearch(parsed, firstMarked);
    }

    /** Whether FTS5 accepts the text as a query (false: it is searched as one phrase prefix). */
    public static boolean isFts5Query(String typed) {
        return new Parser(typed).parse() != null;
    }

    /** The candidates' tsquery (bind it, never splice it); null when nothing can match. */
    public String tsquery() {
        return tsquery;
    }

    /** Whether {@link #tsquery} finds exactly FTS5's rows (no row needs {@link #matches}). */
    public boolean exact() {
        return tsquery == null || root.exact(firstMarked);
    }

    /** Whether FTS5 would find this reasoning. */
    public boolean matches(String reasoning) {
        return reasoning != null && root.matches(ReasoningWords.tokens(reasoning));
    }

    // ---- the expression --------------------------------------------------------------------------------------

    /**
     * A phrase group's column filter: none, the one column, no column, or no column by merging filters (FTS5's EOF,
     * which an implicit AND drops).
     */
    private enum Cols {
        UNSET, ALL, NONE, EOF;

        boolean searched() {
            return this == UNSET || this == ALL;
        }

        /** FTS5's {@code column : ( ... )} over a group: set when it has none, else the intersection (EOF if none). */
        Cols within(Cols outer) {
            return this == UNSET ? outer : this == ALL && outer == ALL ? ALL : EOF;
        }
    }

    private interface Node {
        boolean matches(List<String> tokens);

        /**
         * A tsquery finding a superset of the rows (exactly them when {@link #exact}); null: none. With
         * {@code firstMarked} a ^phrase looks up the marked first word ({@link ReasoningWords#withFirstToken}).
         */
        String tsquery(boolean firstMarked);

        boolean exact(boolean firstMarked);

        /** FTS5's EOF node: a phrase without words, or merged column filters that leave no column. */
        default boolean eof() {
            return false;
        }

        /** Applies {@code column : ( ... )} to every phrase group below. */
        Node withCols(Cols cols);
    }

    /** A phrase: its words in a row, each possibly a prefix. */
    private static final class Phrase {
        final List<String> words = new ArrayList<>();
        final List<Boolean> prefix = new ArrayList<>();

        void add(List<String> tokens, boolean star) {
            for (String t : tokens) {
                words.add(t);
                prefix.add(false);
            }
            if (star && !words.isEmpty()) {
                prefix.set(words.size() - 1, true); // FTS5 marks the phrase's last word so far
            }
        }

        boolean at(List<String> tokens, int start) {
            if (start < 0 || start + words.size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                String t = tokens.get(start + k);
                if (prefix.get(k) ? !t.startsWith(words.get(k)) : !t.equals(words.get(k))) {
                    return false;
                }
            }
            return true;
        }

        String tsquery() {
            List<String> quoted = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) {
                quoted.add("'" + words.get(k) + "'" + (prefix.get(k) ? ":*" : ""));
            }
            return quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" <-> ", quoted) + ")";
        }
    }

    /** A phrase, a ^phrase or a NEAR group (FTS5's nearset), with its column filter. */
    private record Near(List<Phrase> phrases, int distance, boolean first, Cols cols) implements Node {
        Near {
            // as FTS5 builds a NEAR group: phrases without words are dropped while another phrase is there
            List<Phrase> kept = phrases.stream().filter(p -> !p.words.isEmpty()).toList();
            phrases = kept.isEmpty() ? List.of(phrases.get(0)) : kept;
        }

        @Override
        public boolean eof() {
            return phrases.get(0).words.isEmpty() || cols == Cols.EOF;
        }

        @Override
        public boolean matches(List<String> tokens) {
            if (eof() || !cols.searched()) {
                return false;
            }
            if (first) {
                return phrases.get(0).at(tokens, 0);
            }
            if (phrases.size() == 1) {
                for (int s = 0; s < tokens.size(); s++) {
                    if (phrases.get(0).at(tokens, s)) {
                        return true;
                    }
                }
                return false;
            }
            // FTS5: starts s_i with, for the last start M, M - (s_i + length_i) <= N for every phrase
            for (Phrase last : phrases) {
                for (int m = 0; m < tokens.size(); m++) {
                    if (last.at(tokens, m) && allWithin(tokens, m)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean allWithin(List<String> tokens, int m) {
            for (Phrase p : phrases) {
                boolean found = false;
                for (long s = Math.max(0, (long) m - p.words.size() - distance); s <= m && !found; s++) {
                    found = p.at(tokens, (int) s);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String tsquery(boolean firstMarked) {
            if (eof() || !cols.searched()) {
                return null;
            }
            if (first && firstMarked && firstWordAlone()) {
                // a ^phrase of more words keeps its phrase alone: "^a & (a <-> b)" made the planner expect few
                // rows and sort every match (1.4 s for ^"holding off" on 4.2 million decisions, 20 ms without)
                Phrase starts = phrases.get(0);
                return "'" + ReasoningWords.FIRST + starts.words.get(0) + "'" + (starts.prefix.get(0) ? ":*" : "");
            }
            List<String> all = new ArrayList<>();
            phrases.forEach(p -> all.add(p.tsquery()));
            return String.join(" & ", all);
        }

        @Override
        public boolean exact(boolean firstMarked) {
            return tsquery(firstMarked) == null || !first && phrases.size() == 1
                    || first && firstMarked && firstWordAlone();
        }

        /** A ^ of one word: the marked first word alone decides. */
        private boolean firstWordAlone() {
            return phrases.size() == 1 && phrases.get(0).words.size() == 1;
        }

        @Override
        public Node withCols(Cols outer) {
            if (eof()) {
                return this;
            }
            return new Near(phrases, distance, first, cols.within(outer));
        }
    }

    private enum Op { AND, OR, NOT }

    private record Binary(Op op, Node left, Node right) implements Node {
        @Override
        public boolean matches(List<String> tokens) {
            return switch (op) {
                case AND -> left.matches(tokens) && right.matches(tokens);
                case OR -> left.matches(tokens) || right.matches(tokens);
                case NOT -> left.matches(tokens) && !right.matches(tokens);
            };
        }

        @Override
        public String tsquery(boolean firstMarked) {
            String l = left.tsquery(firstMarked);
            String r = right.tsquery(firstMarked);
            return switch (op) {
                case AND -> l == null || r == null ? null : l + " & " + r;
                case OR -> l == null ? r : r == null ? l : "(" + l + " | " + r + ")";
                // a candidate set may only shrink by what surely does not match: an exact right side
                case NOT -> l == null ? null : r == null || !right.exact(firstMarked) ? l : l + " & !(" + r + ")";
            };
        }

        @Override
        public boolean exact(boolean firstMarked) {
            return left.exact(firstMarked) && right.exact(firstMarked);
        }

        @Override
        public Node withCols(Cols cols) {
            return new Binary(op, left.withCols(cols), right.withCols(cols));
        }
    }

    // ---- FTS5's query grammar (fts5parse.y), by recursive descent --------------------------------------------

    private enum Kind { STRING, LP, RP, LCP, RCP, COLON, COMMA, PLUS, STAR, MINUS, CARET, AND, OR, NOT, EOF }

    private record Token(Kind kind, String text, boolean quoted) {
    }

    private static final class Parser {
        private final List<Token> tokens = new ArrayList<>();
        private int at;
        private boolean bad;

        Parser(String typed) {
            lex(typed == null ? "" : typed);
        }

        private void lex(String s) {
            int i = 0;
            while (true) {
                while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                if (i >= s.length() || s.charAt(i) == 0) {
                    tokens.add(new Token(Kind.EOF, "", false));
                    return;
                }
                char ch = s.charAt(i);
                Kind single = switch (ch) {
                    case '(' -> Kind.LP;
                    case ')' -> Kind.RP;
                    case '{' -> Kind.LCP;
                    case '}' -> Kind.RCP;
                    case ':' -> Kind.COLON;
                    case ',' -> Kind.COMMA;
                    case '+' -> Kind.PLUS;
                    case '*' -> Kind.STAR;
                    case '-' -> Kind.MINUS;
                    case '^' -> Kind.CARET;
                    default -> null;
                };
                if (single != null) {
                    tokens.add(new Token(single, String.valueOf(ch), false));
                    i++;
                } else if (ch == '"') {
                    StringBuilder sb = new StringBuilder();
                    int j = i + 1;
                    while (true) {
                        if (j >= s.length() || s.charAt(j) == 0) {
                            bad = true; // unterminated string
                            tokens.add(new Token(Kind.EOF, "", false));
                            return;
                        }
                        if (s.charAt(j) == '"') {
                            if (j + 1 < s.length() && s.charAt(j + 1) == '"') {
                                sb.append('"');
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        sb.append(s.charAt(j++));
                    }
                    tokens.add(new Token(Kind.STRING, sb.toString(), true));
                    i = j + 1;
                } else if (isBareword(ch)) {
                    int j = i;
                    while (j < s.length() && isBareword(s.charAt(j))) {
                        j++;
                    }
                    String word = s.substring(i, j);
                    Kind kind = switch (word) {
                        case "AND" -> Kind.AND;
                        case "OR" -> Kind.OR;
                        case "NOT" -> Kind.NOT;
                        default -> Kind.STRING;
                    };
                    tokens.add(new Token(kind, word, false));
                    i = j;
                } else {
                    bad = true;
                    tokens.add(new Token(Kind.EOF, "", false));
                    return;
                }
            }
        }

        /** FTS5's bareword characters: ASCII letters and digits, underscore, 0x1A, and any non-ASCII character. */
        private static boolean isBareword(char ch) {
            return ch >= 0x80 || ch == '_' || ch == 0x1A || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
                    || ch >= '0' && ch <= '9';
        }

        /** The query, or null when FTS5 rejects it. */
        Node parse() {
            if (bad) {
                return null;
            }
            try {
                Node n = expr(0);
                expect(Kind.EOF);
                return n;
            } catch (Rejected e) {
                return null;
            }
        }

        private static final class Rejected extends RuntimeException {
            Rejected() {
                super(null, null, false, false);
            }
        }

        private Kind peek() {
            return tokens.get(at).kind();
        }

        private Kind peek(int ahead) {
            return tokens.get(Math.min(at + ahead, tokens.size() - 1)).kind();
        }

        private Token expect(Kind kind) {
            if (peek() != kind) {
                throw new Rejected();
            }
            return tokens.get(at++);
        }

        /** Binary operators by precedence climbing: OR 1, AND 2, NOT 3, all left-associative. */
        private Node expr(int minLevel) {
            Node left = primary();
            while (true) {
                int level = switch (peek()) {
                    case OR -> 1;
                    case AND -> 2;
                    case NOT -> 3;
                    default -> 0;
                };
                if (level == 0 || level <= minLevel) {
                    return left;
                }
                Op op = peek() == Kind.OR ? Op.OR : peek() == Kind.AND ? Op.AND : Op.NOT;
                at++;
                Node right = expr(level);
                left = new Binary(op, left, right);
            }
        }

        /** ( expr ) | colset : ( expr ) | neighbouring phrase groups (implicit AND). */
        private Node primary() {
            if (peek() == Kind.LP) {
                at++;
                Node n = expr(0);
                expect(Kind.RP);
                return n;
            }
            int mark = at;
            if (startsColset()) {
                Cols cols = colset();
                expect(Kind.COLON);
                if (peek() == Kind.LP) {
                    at++;
                    Node n = expr(0);
                    expect(Kind.RP);
                    return n.withCols(cols);
                }
                at = mark;
            }
            Node list = cnearset();
            while (startsCnearset()) {
                Node next = cnearset();
                // FTS5 drops a phrase group without words from an implicit AND
                if (next.eof()) {
                    continue;
                }
                list = list.eof() ? next : new Binary(Op.AND, list, next);
            }
            return list;
        }

        private boolean startsColset() {
            return peek() == Kind.MINUS || peek() == Kind.LCP || peek() == Kind.STRING && peek(1) == Kind.COLON;
        }

        private boolean startsCnearset() {
            return peek() == Kind.STRING || peek() == Kind.CARET || peek() == Kind.MINUS || peek() == Kind.LCP;
        }

        private Node cnearset() {
            Cols cols = Cols.UNSET;
            if (startsColset()) {
                cols = colset();
                expect(Kind.COLON);
            }
            return nearset(cols);
        }

        private Cols colset() {
            boolean minus = peek() == Kind.MINUS;
            if (minus) {
                at++;
            }
            boolean any = false;
            if (peek() == Kind.LCP) {
                at++;
                do {
                    any |= column(expect(Kind.STRING));
                } while (peek() == Kind.STRING);
                expect(Kind.RCP);
            } else {
                any = column(expect(Kind.STRING));
            }
            return any != minus ? Cols.ALL : Cols.NONE;
        }

        /** Whether the name is the one column (FTS5 rejects any other name). */
        private static boolean column(Token t) {
            String name = t.text();
            if (!name.chars().allMatch(c -> c < 0x80) || !name.toLowerCase(java.util.Locale.ROOT).equals(COLUMN)) {
                throw new Rejected();
            }
            return true;
        }

        private Node nearset(Cols cols) {
            if (peek() == Kind.CARET) {
                at++;
                return new Near(List.of(phrase()), DEFAULT_NEAR, true, cols);
            }
            if (peek() == Kind.STRING && peek(1) == Kind.LP) {
                Token near = tokens.get(at);
                at += 2;
                List<Phrase> phrases = new ArrayList<>();
                do {
                    phrases.add(phrase());
                } while (peek() == Kind.STRING);
                int distance = DEFAULT_NEAR;
                if (peek() == Kind.COMMA) {
                    at++;
                    distance = distance(expect(Kind.STRING));
                }
                expect(Kind.RP);
                if (near.quoted() || !near.text().equals("NEAR")) {
                    throw new Rejected();
                }
                return new Near(phrases, distance, false, cols);
            }
            return new Near(List.of(phrase()), DEFAULT_NEAR, false, cols);
        }

        /** NEAR's distance: digits only (a C int, as FTS5 adds them up). */
        private static int distance(Token t) {
            if (t.quoted() || t.text().isEmpty()) {
                throw new Rejected();
            }
            int n = 0;
            for (char c : t.text().toCharArray()) {
                if (c < '0' || c > '9') {
                    throw new Rejected();
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }

        /** STRING [*] (+ STRING [*])*. */
        private Phrase phrase() {
            Phrase p = new Phrase();
            while (true) {
                Token s = expect(Kind.STRING);
                boolean star = peek() == Kind.STAR;
                if (star) {
                    at++;
                }
                p.add(ReasoningWords.tokens(s.text()), star);
                if (peek() != Kind.PLUS) {
                    return p;
                }
                at++;
            }
        }
    }
}
