package com.battlescope.service.view;

import com.battlescope.model.DataTable;
import com.battlescope.model.Decision;
import com.battlescope.model.DecisionFilter;
import com.battlescope.model.Stamp;
import com.battlescope.service.Battle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The decision log in keyset pages (newest first, never an OFFSET): filters by model, symbol, decision,
 * executed and text in the reasoning (FTS5 when the folder has {@code decision_fts}, else LIKE).
 */
public final class DecisionLogService {
    public static final int PAGE_SIZE = 100;
    public static final List<String> COLUMNS = List.of("id", "timestamp", "model_id", "symbol", "decision",
            "confidence", "current_price", "position_size", "entry_price", "stop_loss", "take_profit", "direction",
            "executed", "execution_price", "execution_time", "execution_status", "reasoning");
    /** The SQL order: timestamp text descending, then id descending. */
    private static final Comparator<Decision> NEWEST_FIRST = Comparator
            .comparing((Decision d) -> d.timestamp().text())
            .thenComparing(Decision::id, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private final int pageSize;

    public DecisionLogService() {
        this(PAGE_SIZE);
    }

    public DecisionLogService(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        this.pageSize = pageSize;
    }

    /**
     * The newest page.
     *
     * @param models the models to show, empty = all; ignored when the filter names a model
     */
    public DecisionPage first(Battle battle, DecisionFilter filter, List<String> models) {
        return load(battle, filter, models, Collections.singletonList(null));
    }

    /** The page after {@code page}; the same page when there is none. */
    public DecisionPage next(Battle battle, DecisionPage page) {
        if (!page.hasNext() || page.rows().isEmpty()) {
            return page;
        }
        List<Decision> starts = new ArrayList<>(page.starts());
        starts.add(cursor(page.rows().get(page.rows().size() - 1)));
        return load(battle, page.filter(), page.models(), starts);
    }

    /** The page before {@code page}, re-read with its own cursor; the first page stays. */
    public DecisionPage previous(Battle battle, DecisionPage page) {
        if (!page.hasPrevious()) {
            return reload(battle, page);
        }
        return load(battle, page.filter(), page.models(), page.starts().subList(0, page.starts().size() - 1));
    }

    /** The same page read again (new rows newer than its cursor show up on it). */
    public DecisionPage reload(Battle battle, DecisionPage page) {
        return load(battle, page.filter(), page.models(), page.starts());
    }

    /** The first page of a view query (its symbol, range and models), for export. */
    public DataTable table(Battle battle, ViewQuery q) {
        DecisionFilter filter = new DecisionFilter(null, q.symbol(), null, null, null, q.range().fromText(),
                q.range().toText());
        return table(first(battle, filter, q.models()));
    }

    /** A page as text cells with the reasoning in full. */
    public DataTable table(DecisionPage page) {
        List<List<String>> rows = page.rows().stream().map(d -> List.of(Cells.machine(d.id()),
                d.timestamp().text(), d.modelId(), d.symbol(), Cells.machine(d.decision()),
                Cells.machine(d.confidence()), Cells.machine(d.currentPrice()),
                Cells.machine(d.positionSize()), Cells.machine(d.entryPrice()), Cells.machine(d.stopLoss()),
                Cells.machine(d.takeProfit()), Cells.machine(d.direction()), d.executed() ? "1" : "0",
                Cells.machine(d.executionPrice()), d.executionTime() == null ? "" : d.executionTime().text(),
                Cells.machine(d.executionStatus()), Cells.machine(d.reasoning()))).toList();
        return new DataTable("decisions", COLUMNS, rows);
    }

    private DecisionPage load(Battle battle, DecisionFilter filter, List<String> models, List<Decision> starts) {
        Decision after = starts.get(starts.size() - 1);
        DecisionFilter query = searchable(battle, filter);
        List<Decision> rows;
        if (filter.modelId() != null || models.isEmpty()) {
            rows = battle.decisionPage(query, after, pageSize + 1);
        } else {
            rows = merged(battle, query, models, after);
        }
        boolean hasNext = rows.size() > pageSize;
        return new DecisionPage(filter, models, pageSize, hasNext ? rows.subList(0, pageSize) : rows, hasNext,
                starts);
    }

    /** Several models: each model's own keyset page (index on model, timestamp), merged in the SQL order. */
    private List<Decision> merged(Battle battle, DecisionFilter query, List<String> models, Decision after) {
        List<Decision> all = new ArrayList<>();
        for (String model : models.stream().distinct().toList()) {
            all.addAll(battle.decisionPage(new DecisionFilter(model, query.symbol(), query.decision(),
                    query.executed(), query.text(), query.from(), query.to()), after, pageSize + 1));
        }
        all.sort(NEWEST_FIRST);
        return all.size() > pageSize + 1 ? all.subList(0, pageSize + 1) : all;
    }

    /**
     * With an FTS index the text becomes one quoted phrase whose last word may be a prefix, so that
     * punctuation cannot break the MATCH syntax and a half-typed word still finds its rows.
     */
    private static DecisionFilter searchable(Battle battle, DecisionFilter f) {
        if (f.text() == null || f.text().isBlank()) {
            return new DecisionFilter(f.modelId(), f.symbol(), f.decision(), f.executed(), null, f.from(), f.to());
        }
        if (!battle.hasDecisionFts()) {
            return f;
        }
        String phrase = "\"" + f.text().trim().replace("\"", "\"\"") + "\"*";
        return new DecisionFilter(f.modelId(), f.symbol(), f.decision(), f.executed(), phrase, f.from(), f.to());
    }

    /** A cursor keeps only what the keyset needs, not a reasoning text that may be a megabyte. */
    private static Decision cursor(Decision d) {
        Stamp t = d.timestamp();
        return new Decision(d.id(), d.modelId(), d.symbol(), d.decision(), "", d.confidence(), t, null, null, null,
                null, null, null, d.executed(), null, null, null);
    }
}
