package com.battlescope.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server battle's reasoning search, made to find what a folder with the search index (SQLite FTS5, the
 * {@code unicode61} tokenizer) finds:
 *
 * <ul>
 *   <li>{@link #vector}: the words of a reasoning with their positions, stored in {@code decision_log.reasoning_words}
 *       when the row is copied (GIN full-text index): runs of letters, digits and private-use characters, lower-cased
 *       and without diacritics, as unicode61 splits and folds them;</li>
 *   <li>{@link #query}: what the user typed, read as FTS5 reads it, for the subset people type: words (all must
 *       occur), {@code "quoted phrases"}, a {@code *} after a word or phrase for a prefix, {@code AND}, {@code OR},
 *       {@code NOT}; text that is not such a query is searched as one phrase whose last word is a prefix, as the
 *       folder does when FTS5 rejects it.</li>
 * </ul>
 */
public final class ReasoningWords {
    /** PostgreSQL keeps positions up to this; later words share it (phrases that far in are not told apart). */
    private static final int MAX_POSITION = 16383;

    private ReasoningWords() {
    }

    /** The words as a tsvector's text: {@code word:position} pairs (the server sorts and merges them). */
    static String vector(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int position = 0;
        for (String t : tokens(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t).append(':').append(Math.min(++position, MAX_POSITION));
        }
        return sb.toString();
    }

    /** PostgreSQL keeps at most this many positions of one word (as its text input of a tsvector does). */
    private static final int MAX_POSITIONS = 256;

    /**
     * The same words as {@link #vector}, in a tsvector's binary form (what the server's text input would store:
     * each word once, in byte order, with its positions ascending, repeated ones merged, at most 256): for a binary
     * COPY, which the server reads without parsing.
     */
    static byte[] binaryVector(String text) {
        java.util.TreeMap<byte[], List<Integer>> words = new java.util.TreeMap<>(java.util.Arrays::compareUnsigned);
        int position = 0;
        for (String t : tokens(text)) {
            int pos = Math.min(++position, MAX_POSITION);
            List<Integer> at = words.computeIfAbsent(t.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    w -> new ArrayList<>());
            if (at.size() < MAX_POSITIONS && (at.isEmpty() || at.get(at.size() - 1) < pos)) {
                at.add(pos);
            }
        }
        int size = 4;
        for (Map.Entry<byte[], List<Integer>> e : words.entrySet()) {
            size += e.getKey().length + 3 + 2 * e.getValue().size();
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
        out.putInt(words.size());
        for (Map.Entry<byte[], List<Integer>> e : words.entrySet()) {
            out.put(e.getKey()).put((byte) 0).putShort((short) e.getValue().size());
            for (int p : e.getValue()) {
                out.putShort((short) p);
            }
        }
        return out.array();
    }

    /** The tsquery for what the user typed; null when it has no word at all (nothing matches). */
    public static String query(String typed) {
        String q = fts5(typed);
        return q != null ? q : phrase(tokens(typed), true);
    }

    /** unicode61's tokens: runs of letters, digits and private-use characters, folded. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isTokenChar(cp)) {
                fold(cp, sb);
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    private static boolean isTokenChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || type == Character.PRIVATE_USE;
    }

    private static void fold(int cp, StringBuilder into) {
        if (cp < 0x80) {
            into.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        String lower = new String(Character.toChars(Character.toLowerCase(cp)));
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        into.append(bare.isEmpty() ? lower : bare);
    }

    /**
     * The typed text as an FTS5 query of words, quoted phrases, prefixes and AND/OR/NOT, or null when it is not
     * one (FTS5 would reject it).
     */
    private static String fts5(String typed) {
        List<String> parts = new ArrayList<>();
        String s = typed.strip();
        int i = 0;
        boolean needOperand = true;
        boolean any = false;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            String term;
            if (ch == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    return null;
                }
                term = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && isBarewordChar(s.charAt(end))) {
                    end++;
                }
                if (end == i) {
                    return null;
                }
                term = s.substring(i, end);
                i = end;
                if (term.equals("AND") || term.equals("OR") || term.equals("NOT")) {
                    if (needOperand) {
                        return null;
                    }
                    parts.add(term.equals("AND") ? "&" : term.equals("OR") ? "|" : "& !");
                    needOperand = true;
                    continue;
                }
            }
            boolean prefix = i < s.length() && s.charAt(i) == '*';
            if (prefix) {
                i++;
            }
            if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') {
                return null;
            }
            String p = phrase(tokens(term), prefix);
            if (p == null) {
                return null;
            }
            if (!needOperand) {
                parts.add("&");
            }
            parts.add(p);
            needOperand = false;
            any = true;
        }
        return any && !needOperand ? String.join(" ", parts) : null;
    }

    /** FTS5's bareword characters: ASCII letters and digits, underscore, and any non-ASCII character. */
    private static boolean isBarewordChar(char ch) {
        return ch >= 0x80 || ch == '_' || ch == 0x1A || Character.isLetterOrDigit(ch);
    }

    /** Words in a row ('a' <-> 'b'), the last a prefix when asked; null when there is no word. */
    private static String phrase(List<String> words, boolean prefix) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            quoted.add("'" + words.get(k) + "'" + (prefix && k == words.size() - 1 ? ":*" : ""));
        }
        return quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" <-> ", quoted) + ")";
    }
}
