package com.battlescope.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A server battle's reasoning search, made to find what a folder with the search index (SQLite FTS5, the
 * {@code unicode61} tokenizer) finds:
 *
 * <ul>
 *   <li>{@link #binaryVector}: the words of a reasoning with their positions, stored in
 *       {@code decision_log.reasoning_words} when the row is copied (GIN full-text index): runs of letters, digits and
 *       private-use characters, lower-cased and without diacritics, as unicode61 splits and folds them, plus the
 *       first word marked ({@link #withFirstToken}); {@link #vector} is the same words as text, without the mark;</li>
 *   <li>{@link ReasoningSearch}: what the user typed, read as FTS5 reads it (its whole query syntax), as a
 *       tsquery for the index plus, for NEAR and ^, a test of each candidate's words.</li>
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
        byte[] ascii = asciiBinaryVector(text);
        return ascii != null ? ascii : withFirstToken(generalBinaryVector(text));
    }

    /** Marks the first token's lexeme: {@value #FIRST} and the token, at position 1 (no token holds the mark). */
    public static final char FIRST = '^';

    /**
     * The vector with one more lexeme, {@link #FIRST} followed by the word at position 1, so that the GIN index finds
     * the reasonings a word starts ({@code ^word}) by one lookup instead of testing every reasoning holding it. The
     * lexemes stay in byte order; a vector without words is returned as it is.
     */
    static byte[] withFirstToken(byte[] vector) {
        int words = ((vector[0] & 0xFF) << 24) | ((vector[1] & 0xFF) << 16) | ((vector[2] & 0xFF) << 8)
                | (vector[3] & 0xFF);
        int at = 4;
        int firstFrom = -1;
        int firstLength = 0;
        for (int w = 0; w < words && firstFrom < 0; w++) {
            int end = at;
            while (vector[end] != 0) {
                end++;
            }
            int positions = ((vector[end + 1] & 0xFF) << 8) | (vector[end + 2] & 0xFF);
            if (positions > 0 && (((vector[end + 3] & 0xFF) << 8) | (vector[end + 4] & 0xFF)) == 1) {
                firstFrom = at;
                firstLength = end - at;
            }
            at = end + 3 + 2 * positions;
        }
        if (firstFrom < 0) {
            return vector;
        }
        byte[] lexeme = new byte[firstLength + 1];
        lexeme[0] = (byte) FIRST;
        System.arraycopy(vector, firstFrom, lexeme, 1, firstLength);
        // where the new lexeme goes: before the first lexeme that sorts after it (byte order, a prefix first)
        at = 4;
        for (int w = 0; w < words; w++) {
            int end = at;
            while (vector[end] != 0) {
                end++;
            }
            if (Arrays.compareUnsigned(vector, at, end, lexeme, 0, lexeme.length) > 0) {
                break;
            }
            at = end + 3 + 2 * (((vector[end + 1] & 0xFF) << 8) | (vector[end + 2] & 0xFF));
        }
        byte[] out = new byte[vector.length + lexeme.length + 5];
        System.arraycopy(vector, 0, out, 0, at);
        int count = words + 1;
        out[0] = (byte) (count >>> 24);
        out[1] = (byte) (count >>> 16);
        out[2] = (byte) (count >>> 8);
        out[3] = (byte) count;
        System.arraycopy(lexeme, 0, out, at, lexeme.length);
        int p = at + lexeme.length;
        out[p] = 0;
        out[p + 1] = 0;
        out[p + 2] = 1;
        out[p + 3] = 0;
        out[p + 4] = 1;
        System.arraycopy(vector, at, out, p + 5, vector.length - at);
        return out;
    }

    /** Texts of more tokens than this take the general path (the ASCII one sorts by insertion). */
    private static final int FAST_TOKENS = 256;

    /**
     * {@link #binaryVector} for ASCII text (the reasoning an engine writes; its first word marked as by
     * {@link #withFirstToken}), without Strings, maps or boxes: the
     * tokens (runs of ASCII letters and digits, lower-cased) are sorted byte-wise with their positions, then written;
     * null when the text has a character that is not ASCII (folding it is Unicode's business) or too many tokens.
     */
    static byte[] asciiBinaryVector(String text) {
        int n = text.length();
        byte[] chars = new byte[n];
        int[] start = new int[Math.min(n / 2 + 1, FAST_TOKENS + 1)];
        int[] length = new int[start.length];
        long[] key = new long[start.length]; // a token's first 8 bytes, big-endian, 0-padded: compared unsigned
        int tokens = 0;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                return null;
            }
            boolean letter = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (letter || ch >= 'A' && ch <= 'Z') {
                if (len == 0) {
                    if (tokens == FAST_TOKENS) {
                        return null;
                    }
                    start[tokens] = i;
                    key[tokens] = 0;
                }
                byte b = (byte) (letter ? ch : ch + 32);
                chars[i] = b;
                if (len < 8) {
                    key[tokens] |= (long) b << (56 - 8 * len);
                }
                len++;
            } else if (len > 0) {
                length[tokens++] = len;
                len = 0;
            }
        }
        if (len > 0) {
            length[tokens++] = len;
        }
        // token k is at position k + 1 (at most FAST_TOKENS, below MAX_POSITION and MAX_POSITIONS): a stable
        // insertion sort by bytes keeps each word's positions ascending
        int[] order = new int[tokens];
        for (int k = 0; k < tokens; k++) {
            int j = k;
            while (j > 0 && compareTokens(chars, start, length, key, order[j - 1], k) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
        int words = 0;
        int size = 4;
        for (int j = 0; j < tokens; j++) {
            int k = order[j];
            if (j == 0 || compareTokens(chars, start, length, key, order[j - 1], k) != 0) {
                words++;
                size += length[k] + 3;
            }
            size += 2;
        }
        if (tokens > 0) {
            words++; // the marked first word (withFirstToken): '^', the word, NUL, one position
            size += length[0] + 1 + 3 + 2;
        }
        byte[] out = new byte[size];
        int at = putShort(out, putShort(out, 0, words >>> 16), words);
        int countAt = 0;
        int count = 0;
        // '^' sorts after the words that start with a digit and before those that start with a letter
        boolean marked = tokens == 0;
        for (int j = 0; j < tokens; j++) {
            int k = order[j];
            if (j == 0 || compareTokens(chars, start, length, key, order[j - 1], k) != 0) {
                if (j > 0) {
                    putShort(out, countAt, count);
                }
                if (!marked && chars[start[k]] >= 'a') {
                    at = putFirst(out, at, chars, start[0], length[0]);
                    marked = true;
                }
                System.arraycopy(chars, start[k], out, at, length[k]);
                at += length[k] + 1; // the word, NUL
                countAt = at;
                at += 2;
                count = 0;
            }
            at = putShort(out, at, k + 1);
            count++;
        }
        if (tokens > 0) {
            putShort(out, countAt, count);
        }
        if (!marked) {
            putFirst(out, at, chars, start[0], length[0]);
        }
        return out;
    }

    /** The marked first word's entry: {@link #FIRST}, the word, NUL, one position (1); returns the next offset. */
    private static int putFirst(byte[] out, int at, byte[] chars, int from, int length) {
        out[at] = (byte) FIRST;
        System.arraycopy(chars, from, out, at + 1, length);
        int p = at + 1 + length + 1; // the NUL is already 0
        p = putShort(out, p, 1);
        return putShort(out, p, 1);
    }

    /** Tokens a and b in byte order: by their first 8 bytes, then (both longer) by the rest. */
    private static int compareTokens(byte[] chars, int[] start, int[] length, long[] key, int a, int b) {
        int c = Long.compareUnsigned(key[a], key[b]);
        if (c != 0 || length[a] <= 8 && length[b] <= 8) {
            return c;
        }
        return compare(chars, start[a], length[a], start[b], length[b]);
    }

    private static int compare(byte[] b, int from1, int len1, int from2, int len2) {
        int m = Arrays.mismatch(b, from1, from1 + len1, b, from2, from2 + len2);
        if (m < 0) {
            return 0;
        }
        if (m == len1 || m == len2) {
            return len1 - len2;
        }
        return b[from1 + m] - b[from2 + m]; // ASCII: signed is unsigned
    }

    private static int putShort(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 8);
        out[at + 1] = (byte) value;
        return at + 2;
    }

    /** {@link #binaryVector} for any text: the tokens as Strings, folded by Unicode's rules. */
    static byte[] generalBinaryVector(String text) {
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

    /** The candidates' tsquery for what the user typed ({@link ReasoningSearch#tsquery}); null: nothing matches. */
    public static String query(String typed) {
        return ReasoningSearch.of(typed).tsquery();
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
}
