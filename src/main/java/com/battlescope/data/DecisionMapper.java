package com.battlescope.data;

import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.TimedDecision;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** {@code decision_log}. */
public interface DecisionMapper {
    long countDecisions();

    List<ModelDecisionCounts> getDecisionCounts();

    List<String> getSymbols();

    /** Decisions on a symbol between two text bounds (index range scan on (symbol, timestamp)), newest first. */
    /** Between from and to; with nearFrom/nearTo, rows outside them only when their time has a UTC offset. */
    default List<TimedDecision> getTimedDecisionsBySymbol(String symbol, String from, String to, String nearFrom,
                                                          String nearTo) {
        return getTimedDecisionsBySymbol(null, symbol, from, to, nearFrom, nearTo);
    }

    /** As above, selecting {@code columns} (see {@link BattleFolder#decisionColumns}; null = every column). */
    List<TimedDecision> getTimedDecisionsBySymbol(@Param("columns") String columns, @Param("symbol") String symbol,
                                                  @Param("from") String from, @Param("to") String to,
                                                  @Param("nearFrom") String nearFrom, @Param("nearTo") String nearTo);

    List<Decision> getDecisionsBySymbol(@Param("symbol") String symbol, @Param("from") String from,
                                        @Param("to") String to);

    /** Executed decisions with empty reasoning, unordered (for trade reconstruction, which sorts them). */
    List<Decision> getExecutedDecisions();

    /** Streams all decisions of a time range ordered by time (for statistics), without materialising them. */
    void streamDecisions(@Param("from") String from, @Param("to") String to, ResultHandler<Decision> handler);

    /** Keyset page, newest first: rows strictly before (beforeTime, beforeId); null = first page. */
    List<Decision> getDecisionPage(@Param("filter") DecisionFilter filter, @Param("beforeTime") String beforeTime,
                                   @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** How many rows match an FTS5 query, counting no further than {@code cap}; fails on a malformed query. */
    long countFtsMatches(@Param("query") String query, @Param("cap") int cap);

    /** How many rows with an id above {@code afterId} match an FTS5 query. */
    long countFtsMatchesAbove(@Param("query") String query, @Param("afterId") long afterId);

    /** Same filters through the FTS5 index for a common query: the time index walked, each row probed. */
    List<Decision> getDecisionPageFtsProbing(@Param("filter") DecisionFilter filter,
                                             @Param("beforeTime") String beforeTime,
                                             @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** Same filters through the FTS5 index for a rare query: every match fetched by id, then sorted. */
    List<Decision> getDecisionPageFtsByIds(@Param("filter") DecisionFilter filter,
                                           @Param("beforeTime") String beforeTime,
                                           @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** Same filters through the FTS5 index {@code decision_fts} (created by a maintenance action). */
    List<Decision> getDecisionPageFts(@Param("filter") DecisionFilter filter,
                                      @Param("beforeTime") String beforeTime,
                                      @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /**
     * A server battle's search (PostgreSQL) through the GIN index on the reasoning's words ({@code words}:
     * {@link ReasoningWords#query}; null matches nothing): what a folder's FTS5 search index finds; same filters and order.
     */
    List<Decision> getDecisionPageWords(@Param("filter") DecisionFilter filter, @Param("words") String words,
                                        @Param("beforeTime") String beforeTime,
                                        @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** Same, for words with few matches: every match through the GIN index, then sorted. */
    List<Decision> getDecisionPageWordsRare(@Param("filter") DecisionFilter filter, @Param("words") String words,
                                            @Param("beforeTime") String beforeTime,
                                            @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** Rows whose words match a server search, counted up to {@code cap}. */
    long countWordMatches(@Param("words") String words, @Param("cap") int cap);

    /** Server: whether the word lists mark the first word ({@link ReasoningWords#FIRST}; schemas copied since then). */
    Boolean firstTokenIndexed();

    /** Keyset page of the rows with an id above {@code afterId} (those BattleScope's index does not cover yet). */
    List<Decision> getDecisionPageAfterId(@Param("filter") DecisionFilter filter,
                                          @Param("beforeTime") String beforeTime, @Param("beforeId") Long beforeId,
                                          @Param("afterId") long afterId, @Param("limit") int limit);

    /**
     * The decisions with these ids, unordered; with a filter only those that pass it, its reasoning text (LIKE) and
     * the keyset.
     */
    List<Decision> getDecisionsByIds(@Param("ids") List<Long> ids, @Param("filter") DecisionFilter filter,
                                     @Param("beforeTime") String beforeTime, @Param("beforeId") Long beforeId);

    Decision getDecision(@Param("id") long id);

    Long getMaxId();

    List<Decision> getDecisionsAfterId(@Param("afterId") long afterId);

    int insertDecision(Decision decision);

    /** Counts per model and decision text between inclusive text bounds; one model, or all when null. */
    List<ModelDecisionTypeCount> getDecisionTypeCounts(@Param("modelId") String modelId, @Param("from") String from,
                                                       @Param("to") String to);
}
