package com.battlescope.service;

import com.battlescope.data.DecisionMapper;
import com.battlescope.data.ReadThreads;
import com.battlescope.data.ReasoningSearch;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * A decision log page searched through the FTS5 index, in the form that is fast for how common the text is.
 * Text that is not FTS5 syntax is searched as one quoted phrase prefix instead.
 */
final class FullTextPage {
    /**
     * Below this many full-text matches a page fetches them by id and sorts them; above, it walks the time index
     * and tests each row, stopping at the page size (a walk that would read the whole log for a rare word).
     */
    static final int RARE_MATCHES = 2000;
    /**
     * Above this share of matches among the newest {@link #DENSITY_SAMPLE} decisions a page probes the FTS5 index
     * row by row (cost falls with the share); below, it collects the matching ids first (cost grows with their
     * number). Measured on 4.2 million decisions: a word in 65 % of them 18 ms against 450 ms, one in 8 %
     * 84 ms against 66 ms.
     */
    static final double COMMON_SHARE = 0.1;
    static final int DENSITY_SAMPLE = 2000;

    private FullTextPage() {
    }

    /**
     * A server battle's page (PostgreSQL's GIN index on the reasoning's words): a word with fewer than
     * {@link #RARE_MATCHES} matches is fetched through the index and sorted, a common one found by walking the
     * time index (the planner cannot tell them apart for a word it has no statistics of). A query the index cannot
     * answer alone (NEAR, ^) reads its candidates newest first in growing chunks and keeps those FTS5 would find.
     */
    static List<Decision> readWords(DecisionMapper m, DecisionFilter filter, String beforeTime, Long beforeId,
                                    int limit) {
        ReasoningSearch search = ReasoningSearch.of(filter.text());
        if (!search.exact() && Boolean.TRUE.equals(m.firstTokenIndexed())) {
            // only a NEAR or ^ search asks whether the word lists mark their first word (a ^word is then exact)
            search = ReasoningSearch.of(filter.text(), true);
        }
        String words = search.tsquery();
        boolean rare = words == null || m.countWordMatches(words, RARE_MATCHES) < RARE_MATCHES;
        if (search.exact()) {
            return wordsPage(m, rare, filter, words, beforeTime, beforeId, limit);
        }
        List<Decision> found = new ArrayList<>();
        int chunk = rare ? RARE_MATCHES : Math.max(limit, MIN_CHUNK);
        String time = beforeTime;
        Long id = beforeId;
        while (true) {
            ReadThreads.checkCancelled(); // a replaced or cancelled page stops within a chunk (seconds for ^rsi)
            List<Decision> candidates = wordsPage(m, rare, filter, words, time, id, chunk);
            for (Decision d : candidates) {
                if (search.matches(d.reasoning())) {
                    found.add(d);
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
            if (candidates.size() < chunk) {
                return found;
            }
            Decision last = candidates.get(candidates.size() - 1);
            time = last.timestamp().text();
            id = last.id();
            chunk = Math.min(chunk * 2, MAX_CHUNK);
        }
    }

    /** Candidates of a NEAR or ^ search read at a time: the first chunk, and at most (doubling in between). */
    static final int MIN_CHUNK = 200;
    static final int MAX_CHUNK = 20_000;

    private static List<Decision> wordsPage(DecisionMapper m, boolean rare, DecisionFilter filter, String words,
                                            String beforeTime, Long beforeId, int limit) {
        return rare ? m.getDecisionPageWordsRare(filter, words, beforeTime, beforeId, limit)
                : m.getDecisionPageWords(filter, words, beforeTime, beforeId, limit);
    }

    static List<Decision> read(DecisionMapper m, DecisionFilter filter, String beforeTime, Long beforeId, int limit) {
        DecisionFilter f = filter;
        long matches;
        try {
            matches = m.countFtsMatches(f.text(), RARE_MATCHES);
        } catch (PersistenceException notFts5Syntax) {
            f = f.withText(f.ftsPhrase());
            matches = m.countFtsMatches(f.text(), RARE_MATCHES);
        }
        if (matches < RARE_MATCHES) {
            return m.getDecisionPageFtsByIds(f, beforeTime, beforeId, limit);
        }
        Long maxId = m.getMaxId();
        long sampled = maxId == null ? 0 : m.countFtsMatchesAbove(f.text(), maxId - DENSITY_SAMPLE);
        return sampled >= DENSITY_SAMPLE * COMMON_SHARE ? m.getDecisionPageFtsProbing(f, beforeTime, beforeId, limit)
                : m.getDecisionPageFts(f, beforeTime, beforeId, limit);
    }
}
