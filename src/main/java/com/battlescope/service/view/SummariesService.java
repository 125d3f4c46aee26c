package com.battlescope.service.view;

import com.battlescope.analytics.MonthlyReturnGrid;
import com.battlescope.analytics.PeriodReturns;
import com.battlescope.analytics.TradeSet;
import com.battlescope.model.DataTable;
import com.battlescope.model.HourlySnapshot;
import com.battlescope.model.MonthlySummary;
import com.battlescope.model.Trade;
import com.battlescope.service.Battle;
import com.battlescope.service.TimeRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Daily, weekly and monthly returns per model: the summary table's rows when it has any, else computed from
 * the snapshots ({@link PeriodReturns}); and a monthly returns grid per model. Stored rows are kept when
 * their period overlaps the range; computed ones come from the range's snapshots.
 */
public final class SummariesService {

    /** The export table: daily, or the period {@code export --timeframe} names. */
    public DataTable table(Battle battle, ViewQuery q) {
        return table(battle, q, Period.of(q.timeframe()));
    }

    public DataTable table(Battle battle, ViewQuery q, Period period) {
        Summaries s = summaries(battle, q, period);
        return table(s.period(), s.rows(), s.tradesReconstructed());
    }

    public DataTable table(Period period, List<SummaryRow> rows, boolean reconstructed) {
        return ColumnSpec.table("summaries-" + period.text(), SummaryColumns.of(period, reconstructed), rows);
    }

    public Summaries summaries(Battle battle, ViewQuery q, Period period) {
        Computed computed = new Computed(battle, q);
        List<SummaryRow> stored = stored(battle, period);
        boolean fromTable = !stored.isEmpty();
        List<SummaryRow> rows = fromTable
                ? stored.stream().filter(r -> q.includes(r.modelId()) && overlaps(r, q.range())).toList()
                : computed.rows(period);
        List<MonthlySummary> storedMonths = battle.monthlySummaries(null);
        boolean gridFromTable = !storedMonths.isEmpty();
        List<MonthlySummary> months = gridFromTable
                ? storedMonths.stream().filter(m -> q.includes(m.modelId()) && overlaps(SummaryRow.of(m), q.range()))
                        .toList()
                : computed.months();
        return new Summaries(period, rows, fromTable, !fromTable && computed.reconstructed(), grids(months),
                gridFromTable);
    }

    /** The grids as a table: model, year, January..December, the year compounded. */
    public DataTable gridTable(List<MonthlyReturnGrid> grids) {
        List<String> headers = new ArrayList<>(List.of("Model", "Year"));
        for (Month m : Month.values()) {
            headers.add(m.getDisplayName(TextStyle.SHORT, Locale.US));
        }
        headers.add("Year %");
        List<List<String>> rows = new ArrayList<>();
        for (MonthlyReturnGrid g : grids) {
            for (int year : g.byYear().keySet()) {
                List<String> row = new ArrayList<>(List.of(g.modelId(), Integer.toString(year)));
                for (int month = 1; month <= 12; month++) {
                    row.add(Cells.pct(g.get(year, month)));
                }
                row.add(Cells.pct(g.yearReturnPct(year)));
                rows.add(row);
            }
        }
        return new DataTable("monthly-returns", headers, rows);
    }

    private static List<SummaryRow> stored(Battle battle, Period period) {
        return switch (period) {
            case DAILY -> battle.dailySummaries(null).stream().map(SummaryRow::of).toList();
            case WEEKLY -> battle.weeklySummaries(null).stream().map(SummaryRow::of).toList();
            case MONTHLY -> battle.monthlySummaries(null).stream().map(SummaryRow::of).toList();
        };
    }

    static boolean overlaps(SummaryRow r, TimeRange range) {
        LocalDate from = range.from() == null ? null : range.from().date();
        LocalDate to = range.to() == null ? null : range.to().date();
        return (from == null || !r.end().isBefore(from)) && (to == null || !r.start().isAfter(to));
    }

    private static List<MonthlyReturnGrid> grids(List<MonthlySummary> months) {
        return months.stream().map(MonthlySummary::modelId).distinct().sorted()
                .map(model -> MonthlyReturnGrid.of(model, months)).toList();
    }

    /**
     * Snapshots and trades of the query, read once and only when something has to be computed. PeriodReturns
     * runs per model with that model's trades only: it scans the trades it is given for every period.
     */
    private static final class Computed {
        private final Supplier<Map<String, List<HourlySnapshot>>> curves;
        private final Supplier<TradeSet> trades;

        Computed(Battle battle, ViewQuery q) {
            this.curves = memo(() -> {
                Map<String, List<HourlySnapshot>> picked = new TreeMap<>();
                battle.curves(q.range()).forEach((model, snaps) -> {
                    if (q.includes(model)) {
                        picked.put(model, snaps);
                    }
                });
                return picked;
            });
            this.trades = memo(() -> TradesService.tradeSet(battle, q.range()));
        }

        List<SummaryRow> rows(Period period) {
            return switch (period) {
                case DAILY -> perModel(PeriodReturns::daily, SummaryRow::of);
                case WEEKLY -> perModel(PeriodReturns::weekly, SummaryRow::of);
                case MONTHLY -> perModel(PeriodReturns::monthly, SummaryRow::of);
            };
        }

        List<MonthlySummary> months() {
            return perModel(PeriodReturns::monthly, m -> m);
        }

        boolean reconstructed() {
            return trades.get().reconstructed();
        }

        private <T, U> List<U> perModel(BiFunction<List<HourlySnapshot>, List<Trade>, List<T>> compute,
                                        Function<T, U> map) {
            Map<String, List<Trade>> byModel = trades.get().trades().stream()
                    .collect(Collectors.groupingBy(Trade::modelId));
            List<U> out = new ArrayList<>();
            curves.get().forEach((model, snaps) -> compute.apply(snaps, byModel.getOrDefault(model, List.of()))
                    .forEach(row -> out.add(map.apply(row))));
            return out;
        }

        private static <T> Supplier<T> memo(Supplier<T> s) {
            return new Supplier<>() {
                private T value;

                @Override
                public T get() {
                    if (value == null) {
                        value = s.get();
                    }
                    return value;
                }
            };
        }
    }
}
