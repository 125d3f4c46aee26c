package com.battlescope.service;

import com.battlescope.data.BattleFolder;
import com.battlescope.data.BattleSource;
import com.battlescope.data.Database;
import com.battlescope.data.DecisionMapper;
import com.battlescope.data.DecisionScan;
import com.battlescope.data.PackedDecisionScan;
import com.battlescope.data.LeaderboardMapper;
import com.battlescope.data.ModelDecisionCounts;
import com.battlescope.data.ModelDecisionTypeCount;
import com.battlescope.data.ModelMarketCount;
import com.battlescope.data.ModelSnapshotStats;
import com.battlescope.data.ModelTradeTotals;
import com.battlescope.data.PgDatabase;
import com.battlescope.data.QueryPlans;
import com.battlescope.data.ServerBattle;
import com.battlescope.data.SnapshotMapper;
import com.battlescope.data.SnapshotScan;
import com.battlescope.data.SummaryMapper;
import com.battlescope.data.TradeMapper;
import com.battlescope.data.index.DecisionIndexReader;
import com.battlescope.data.index.IndexStore;
import com.battlescope.model.DailySummary;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.LeaderboardSnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Stamp;
import com.battlescope.model.Standing;
import com.battlescope.model.TimedDecision;
import com.battlescope.model.Trade;
import com.battlescope.model.WeeklySummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An open battle seen through read-only queries: a folder of SQLite files or a schema on a PostgreSQL server (see
 * {@link BattleSource}; nothing here depends on which). Thread-safe: each call uses its own
 * short auto-commit session, so it may run in any background thread. Tables that a folder lacks read as empty.
 */
public final class Battle implements AutoCloseable {
    private static final Comparator<HourlySnapshot> IN_TIME_ORDER = Comparator.comparing(HourlySnapshot::timestamp)
            .thenComparing(HourlySnapshot::id, Comparator.nullsLast(Comparator.naturalOrder()));
    /** UTC offsets reach ±14 h; the margin covers them and a date written without a time. */
    static final long OFFSET_SLACK_MINUTES = 26 * 60;
    /** What a comparison reads of a decision; the other columns may be missing (they read as NULL). */
    private static final List<String> COMPARED_COLUMNS = List.of("id", "model_id", "symbol", "decision", "timestamp");
    /** And what its rows show besides. */
    private static final List<String> SHOWN_COLUMNS = List.of("confidence", "current_price");
    private final BattleSource folder;
    private List<String> dataWarnings;
    private volatile CurveIndex curveIndex;
    private volatile DecisionIndexReader decisionIndex;
    private volatile boolean closed;
    private IndexStore indexStore;

    public Battle(BattleSource folder) {
        this.folder = folder;
    }

    /** The folder, or {@code /postgresql/HOST:PORT/DB/SCHEMA} for a server battle. */
    public Path path() {
        return folder.location();
    }

    /**
     * Null when maintenance that writes may run on this battle, else why not (a read-only role on a server:
     * "role reader may not write to schema s1 (...)"); known from the open, no query.
     */
    public String writeRefusal() {
        return folder.writeRefusal();
    }

    /** The server schema this battle reads (for maintenance's writes on it), or null for a folder. */
    public PgDatabase serverDatabase() {
        return folder instanceof ServerBattle s ? s.database() : null;
    }

    /** The server schema of a battle on a server (its name only), or null for a folder. */
    public String serverSchema() {
        return onServer() ? serverDatabase().schema() : null;
    }

    /** Whether the battle is a schema on a database server rather than a folder. */
    public boolean onServer() {
        return folder instanceof ServerBattle;
    }

    /**
     * Lets the curve figures read BattleScope's pre-aggregated curves of this battle from now on (null: read the
     * snapshots); the previous one is closed.
     */
    public void useCurveIndex(CurveIndex index) {
        CurveIndex old = curveIndex;
        curveIndex = index;
        if (old != null && old != index) {
            old.close();
        }
    }

    /**
     * The pre-aggregated curves when they answer for the battle as it is now (built up to its newest snapshot from
     * plain text times), else empty: the caller then reads the snapshots.
     */
    public Optional<CurveIndex> curveIndex() {
        CurveIndex index = curveIndex;
        return index != null && index.covers(this) ? Optional.of(index) : Optional.empty();
    }

    /**
     * One line per snapshot row that every figure skips because a value is not a usable number or time (file,
     * table, row id, model, column and value); read once, empty when the data is clean.
     */
    public synchronized List<String> dataWarnings() {
        if (dataWarnings == null) {
            dataWarnings = List.copyOf(SnapshotScan.unusable(folder.metrics()));
        }
        return dataWarnings;
    }

    public List<String> modelIds() {
        return snapshots(SnapshotMapper::getModelIds);
    }

    public List<ModelSnapshotStats> snapshotStats() {
        return snapshots(SnapshotMapper::getSnapshotStats);
    }

    public long snapshotCount() {
        return snapshots(SnapshotMapper::countSnapshots);
    }

    public Stamp latestSnapshotTime() {
        return snapshots(SnapshotMapper::getLatestSnapshotTime);
    }

    /** One model's curve ordered by time; bounds are {@link TimeRange} text bounds (null = open). */
    public List<HourlySnapshot> snapshots(String modelId, TimeRange range) {
        return snapshots(m -> m.getSnapshotsByModel(modelId, range.fromText(), range.toText()));
    }

    /** Every model's curve ordered by time (then id), keyed by model id in id order. */
    public Map<String, List<HourlySnapshot>> curves(TimeRange range) {
        Map<String, List<HourlySnapshot>> byModel = new TreeMap<>();
        for (HourlySnapshot s : SnapshotScan.readAll(folder.metrics(), range.fromText(), range.toText())) {
            byModel.computeIfAbsent(s.modelId(), k -> new ArrayList<>()).add(s);
        }
        byModel.values().forEach(curve -> curve.sort(IN_TIME_ORDER));
        return byModel;
    }

    public List<HourlySnapshot> snapshotsAfterId(long id) {
        return snapshots(m -> m.getSnapshotsAfterId(id));
    }

    public long maxSnapshotId() {
        return orZero(snapshots(SnapshotMapper::getMaxId));
    }

    public List<Trade> trades(String modelId, TimeRange range) {
        return trades(m -> m.getTrades(modelId, range.fromText(), range.toText()), List.of());
    }

    public long maxTradeId() {
        return orZero(trades(TradeMapper::getMaxId, null));
    }

    public List<Trade> tradesAfterId(long id) {
        return trades(m -> m.getTradesAfterId(id), List.of());
    }

    /** Per-model totals of the trades closed between the text bounds (null = open); one model when given. */
    public List<ModelTradeTotals> tradeTotals(String modelId, String fromText, String toText) {
        return trades(m -> m.getTradeTotals(modelId, fromText, toText), List.of());
    }

    public long tradeCount() {
        return trades(TradeMapper::countTrades, 0L);
    }

    /** Whether the battle has a trade_log with a row in it (what {@code tradeCount() > 0} says, without counting). */
    public boolean hasTradeRows() {
        return trades(TradeMapper::anyTrade, false);
    }

    public List<Standing> standings() {
        return read(folder.hasStandings(), folder.leaderboard(), LeaderboardMapper.class,
                LeaderboardMapper::getStandings, List.of());
    }

    /**
     * The rows of a timeframe's two newest leaderboard snapshots at or before {@code toText}: enough for each
     * model's newest rank change and the top performers when every model of the newest snapshot is in the one
     * before it; otherwise (a model skipped a snapshot) the whole history up to {@code toText}.
     */
    public List<LeaderboardSnapshot> recentLeaderboardSnapshots(String timeframe, String toText) {
        return leaderboard(m -> {
            List<String> times = m.getRecentSnapshotTimes(timeframe, toText, 2);
            if (times.isEmpty()) {
                return List.of();
            }
            List<LeaderboardSnapshot> recent = m.getLeaderboardSnapshots(timeframe, times.get(times.size() - 1), toText);
            Map<String, Long> rowsPerModel = recent.stream()
                    .collect(Collectors.groupingBy(LeaderboardSnapshot::modelId, Collectors.counting()));
            boolean everyModelTwice = times.size() < 2 || rowsPerModel.values().stream().allMatch(n -> n >= 2);
            return everyModelTwice ? recent : m.getLeaderboardSnapshots(timeframe, null, toText);
        });
    }

    public long leaderboardSnapshotCount() {
        return read(folder.hasLeaderboardSnapshots(), folder.leaderboard(), LeaderboardMapper.class,
                LeaderboardMapper::countLeaderboardSnapshots, 0L);
    }

    public List<LeaderboardSnapshot> leaderboardSnapshots(String timeframe, TimeRange range) {
        return leaderboard(m -> m.getLeaderboardSnapshots(timeframe, range.fromText(), range.toText()));
    }

    public List<LeaderboardSnapshot> latestLeaderboard(String timeframe) {
        return leaderboard(m -> m.getLatestLeaderboard(timeframe));
    }

    public List<DailySummary> dailySummaries(String modelId) {
        return summaries(m -> m.getDailySummaries(modelId));
    }

    public List<WeeklySummary> weeklySummaries(String modelId) {
        return summaries(m -> m.getWeeklySummaries(modelId));
    }

    public List<MonthlySummary> monthlySummaries(String modelId) {
        return summaries(m -> m.getMonthlySummaries(modelId));
    }

    public long decisionCount() {
        return decisions(DecisionMapper::countDecisions, 0L);
    }

    public List<ModelDecisionCounts> decisionCounts() {
        return decisions(DecisionMapper::getDecisionCounts, List.of());
    }

    public List<String> symbols() {
        return decisions(DecisionMapper::getSymbols, List.of());
    }

    public List<Decision> decisionsBySymbol(String symbol, TimeRange range) {
        return decisions(m -> m.getDecisionsBySymbol(symbol, range.fromText(), range.toText()), List.of());
    }

    /**
     * The decisions on a symbol that comparing {@code range} with a window needs, with SQLite's julianday, newest
     * first (index range scan on (symbol, timestamp)): the range widened by the window, and up to
     * {@link #OFFSET_SLACK_MINUTES} further the times whose text compares differently from their instant (written
     * with a UTC offset, or in the "T" form).
     */
    public List<TimedDecision> decisionsToCompare(String symbol, TimeRange range, double windowMinutes) {
        return decisionsToCompare(symbol, range, windowMinutes, false);
    }

    /**
     * As {@link #decisionsToCompare(String, TimeRange, double)}; {@code lean}: only what a comparison's rows show
     * (no reasoning, no execution): a third of the reading for a million decisions.
     */
    public List<TimedDecision> decisionsToCompare(String symbol, TimeRange range, double windowMinutes, boolean lean) {
        if (!folder.hasDecisions()) {
            return List.of();
        }
        long window = (long) Math.ceil(windowMinutes) + 1;
        String from = shifted(range.from(), -(window + OFFSET_SLACK_MINUTES));
        String to = shifted(range.to(), window + OFFSET_SLACK_MINUTES);
        String nearFrom = shifted(range.from(), -window);
        String nearTo = shifted(range.to(), window);
        String columns = folder.decisionColumns(COMPARED_COLUMNS, lean ? SHOWN_COLUMNS : null, "the comparison");
        return DecisionScan.timedBySymbol(folder.decisions(), columns, symbol, from, to, nearFrom, nearTo);
    }

    private static String shifted(Stamp bound, long minutes) {
        return bound == null ? null : Stamp.format(bound.local().plusMinutes(minutes));
    }

    /** The executed decisions, in no particular order and with empty reasoning: what rebuilding trades needs. */
    public List<Decision> executedDecisions() {
        return decisions(DecisionMapper::getExecutedDecisions, List.of());
    }

    /** Every decision without its reasoning, in id order, column by column (nothing kept per row). */
    public void scanDecisions(PackedDecisionScan.Sink sink) {
        if (folder.hasDecisions()) {
            PackedDecisionScan.forEach(folder.decisions(), sink);
        }
    }

    /** Per model: its snapshots in the range and those with positions_count > 0 (one grouped query). */
    public List<ModelMarketCount> marketCounts(TimeRange range) {
        return folder.metrics().read(s -> s.getMapper(SnapshotMapper.class)
                .getMarketCounts(range.fromText(), range.toText()));
    }

    /** Streams decisions in time order without holding them all. */
    public void forEachDecision(TimeRange range, Consumer<Decision> action) {
        decisions(m -> {
            m.streamDecisions(range.fromText(), range.toText(), ctx -> action.accept(ctx.getResultObject()));
            return null;
        }, null);
    }

    /** A keyset page of the decision log, newest first; pass the last row of the previous page, or null. */
    public List<Decision> decisionPage(DecisionFilter filter, Decision after, int limit) {
        if (!folder.hasDecisions()) {
            return List.of();
        }
        String beforeTime = after == null ? null : after.timestamp().text();
        Long beforeId = after == null ? null : after.id();
        boolean fts = filter.text() != null && !filter.text().isBlank() && folder.hasDecisionFts();
        DecisionIndexReader index = decisionIndex;
        if (index != null && !fts) {
            try {
                return decisions(m -> IndexedPage.read(m, index, filter, beforeTime, beforeId, limit), List.of());
            } catch (DecisionIndexReader.IndexReadException unreadable) {
                useIndex(null);
            }
        }
        if (!fts) {
            return decisions(m -> m.getDecisionPage(filter, beforeTime, beforeId, limit), List.of());
        }
        if (onServer()) {
            return decisions(m -> FullTextPage.readWords(m, filter, beforeTime, beforeId, limit), List.of());
        }
        return decisions(m -> FullTextPage.read(m, filter, beforeTime, beforeId, limit), List.of());
    }

    public long maxDecisionId() {
        return orZero(decisions(DecisionMapper::getMaxId, null));
    }

    public List<Decision> decisionsAfterId(long id) {
        return decisions(m -> m.getDecisionsAfterId(id), List.of());
    }

    /** Decision counts per model and decision text (with confidence sums), between inclusive text bounds. */
    public List<ModelDecisionTypeCount> decisionTypeCounts(String modelId, String fromText, String toText) {
        return decisions(m -> m.getDecisionTypeCounts(modelId, fromText, toText), List.of());
    }

    /** BattleScope's own index of this battle (the file may not exist yet). */
    public synchronized IndexStore indexStore() {
        if (!(folder instanceof BattleFolder files)) {
            throw new IllegalStateException("BattleScope's own index is for battle folders: a battle on a server"
                    + " reads the server's own indexes");
        }
        if (indexStore == null) {
            indexStore = IndexStore.of(files);
        }
        return indexStore;
    }

    /**
     * Reads decision pages through this reader of BattleScope's index from now on, and the curve figures through the
     * same index's pre-aggregated curves (null: from the engine files alone, as without an index); the previous
     * readers are closed.
     */
    public synchronized void useIndex(DecisionIndexReader reader) {
        if (closed && reader != null) {
            reader.close();
            return;
        }
        DecisionIndexReader old = decisionIndex;
        decisionIndex = reader;
        if (old != null && old != reader) {
            old.close();
        }
        if (reader == null || old != reader) {
            useCurveIndex(reader == null ? null : CurveIndex.open(indexStore()));
        }
    }

    /** Whether decision pages are read through BattleScope's index. */
    public boolean usesIndex() {
        return decisionIndex != null;
    }

    /** "split" when leaderboard tables live in leaderboard.db, "shared" in the metrics file, "server". */
    public String layout() {
        return folder.layout();
    }

    /** Whether the decisions are read from the metrics file's copy (decisions.db absent or empty). */
    public boolean decisionsFromMetrics() {
        return folder.decisionsFromMetrics();
    }

    public boolean hasTrades() {
        return folder.hasTrades();
    }

    public boolean hasSummaries() {
        return folder.hasSummaries();
    }

    public boolean hasStandings() {
        return folder.hasStandings();
    }

    public boolean hasLeaderboardSnapshots() {
        return folder.hasLeaderboardSnapshots();
    }

    public boolean hasDecisions() {
        return folder.hasDecisions();
    }

    public boolean hasDecisionFts() {
        return folder.hasDecisionFts();
    }

    /** Whether decisions.db has the engine's own comparison view (the bench times it against ours). */
    public boolean hasComparisonView() {
        return folder.hasComparisonView();
    }

    /** Rows of the engine's comparison view on a symbol between two text times, inclusive. */
    public long comparisonViewRows(String symbol, String fromText, String toText) {
        return folder.comparisonViewRows(symbol, fromText, toText);
    }

    /**
     * SQLite's plan for a mapper statement with these parameters, on the file that holds the mapper's table
     * (what the bench and the speed report explain).
     */
    public List<String> explain(Class<?> mapper, String statement, Map<String, Object> params) {
        return QueryPlans.explain(databaseOf(mapper), mapper, statement, params);
    }

    /** Runs a mapper select with these parameters on the file that holds its table; returns the rows it read. */
    public int runStatement(Class<?> mapper, String statement, Map<String, Object> params) {
        return databaseOf(mapper).read(s -> s.selectList(mapper.getName() + "." + statement, params)).size();
    }

    /** The file of this folder that holds a mapper's tables. */
    public Path fileOf(Class<?> mapper) {
        return databaseOf(mapper).file();
    }

    /** SQLite's plan for reading every curve between text bounds ({@link #curves}). */
    public List<String> curvesPlan(String fromText, String toText) {
        return SnapshotScan.plan(folder.metrics(), fromText, toText);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        useIndex(null);
        useCurveIndex(null);
        folder.close();
    }

    private Database databaseOf(Class<?> mapper) {
        if (mapper == DecisionMapper.class) {
            return folder.decisions();
        }
        return mapper == LeaderboardMapper.class ? folder.leaderboard() : folder.metrics();
    }

    private <T> T snapshots(Function<SnapshotMapper, T> query) {
        return read(true, folder.metrics(), SnapshotMapper.class, query, null);
    }

    private <T> T trades(Function<TradeMapper, T> query, T absent) {
        return read(folder.hasTrades(), folder.metrics(), TradeMapper.class, query, absent);
    }

    private <T> List<T> summaries(Function<SummaryMapper, List<T>> query) {
        return read(folder.hasSummaries(), folder.metrics(), SummaryMapper.class, query, List.of());
    }

    private <T> List<T> leaderboard(Function<LeaderboardMapper, List<T>> query) {
        return read(folder.hasLeaderboardSnapshots(), folder.leaderboard(), LeaderboardMapper.class, query, List.of());
    }

    private <T> T decisions(Function<DecisionMapper, T> query, T absent) {
        return read(folder.hasDecisions(), folder.decisions(), DecisionMapper.class, query, absent);
    }

    /** The query's answer, or {@code absent} without a query when the folder lacks the table. */
    private static <M, T> T read(boolean present, Database db, Class<M> mapper, Function<M, T> query,
                                 T absent) {
        return present ? db.read(s -> query.apply(s.getMapper(mapper))) : absent;
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
