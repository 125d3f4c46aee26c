package com.battlescope.data.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * One part of BattleScope's own index of a battle: the extension point through which every kind of derived data
 * (the decision log's filter table and full-text index, per-model pre-aggregated curves, …) lives in the same
 * index file and follows the same build, incremental update and rebuild lifecycle of {@link IndexStore}.
 *
 * <p>How a part plugs in:
 * <ol>
 *   <li>It names its tables with its {@link #name()} as prefix (e.g. {@code dx_…}, {@code curve_…}) and creates them,
 *       empty, in {@link #create}; the store calls it on a new index file.</li>
 *   <li>It reads only the engine tables it declares in {@link #sources()}. The store attaches each source's file
 *       read-only to the index connection under {@link IndexSource#schema()} (e.g. {@code src_decisions.decision_log})
 *       and calls {@link #update} once per chunk of source ids, {@code (fromId, toId]}, in ascending order, inside the
 *       transaction that also advances the store's cursor: a chunk is in the index completely or not at all, and a
 *       cancelled build resumes from the last committed chunk.</li>
 *   <li>The engine only appends: an update sees only rows with ids above what the index covers. When a source was
 *       rewritten (archive, vacuum, restore, another file) the store discards the whole file and calls {@link #create}
 *       and {@link #update} from id 0 again; a part never has to handle deleted or changed rows.</li>
 *   <li>{@link #finish} runs after the last chunk of a build or update (in its own transaction), for work that needs
 *       the whole range (statistics, derived summaries).</li>
 *   <li>Bump {@link #version()} whenever the part's tables or their meaning change: an index written with another
 *       version (or without the part) is discarded and rebuilt, never trusted.</li>
 *   <li>Register the part in {@link IndexParts#ALL} (one line).</li>
 * </ol>
 * Readers open the index with {@link IndexStore#openReader()} and query the part's tables; a reader must only use
 * rows up to {@link IndexCoverage#maxId} of its source and read newer rows from the engine file.
 */
public interface IndexPart {
    /** Unique, lower-case, a prefix of the part's tables. */
    String name();

    /** The version of the part's tables; another version stored in an index file makes the store rebuild it. */
    int version();

    /** The engine tables this part reads. */
    Set<IndexSource> sources();

    /** Creates the part's tables and indexes (empty) in a new index file. */
    void create(Connection index) throws SQLException;

    /**
     * Adds the rows of {@code source} with {@code fromId < id <= toId} (read from {@code source.schema()}) to the
     * part's tables. Called in ascending chunks; runs inside the store's transaction (do not commit).
     */
    void update(Connection index, IndexSource source, long fromId, long toId) throws SQLException;

    /** After the last chunk of a build ({@code rebuilt}) or an update; default nothing. */
    default void finish(Connection index, boolean rebuilt) throws SQLException {
    }
}
