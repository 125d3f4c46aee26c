package com.battlescope.analytics;

import com.battlescope.model.MonthlySummary;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** One model's monthly returns as a year x month grid; missing months are null. */
public record MonthlyReturnGrid(String modelId, SortedMap<Integer, Double[]> byYear) {

    public static MonthlyReturnGrid of(String modelId, List<MonthlySummary> months) {
        TreeMap<Integer, Double[]> grid = new TreeMap<>();
        for (MonthlySummary m : months) {
            if (modelId.equals(m.modelId())) {
                grid.computeIfAbsent(m.year(), y -> new Double[12])[m.month() - 1] = m.monthlyReturnPct();
            }
        }
        return new MonthlyReturnGrid(modelId, Collections.unmodifiableSortedMap(grid));
    }

    /** Return % of a month (1..12), or null. */
    public Double get(int year, int month) {
        Double[] row = byYear.get(year);
        return row == null ? null : row[month - 1];
    }

    /** The year's months compounded, in percent; null for a year without data. */
    public Double yearReturnPct(int year) {
        Double[] row = byYear.get(year);
        if (row == null) {
            return null;
        }
        double growth = 1;
        for (Double r : row) {
            if (r != null) {
                growth *= 1 + r / 100;
            }
        }
        return (growth - 1) * 100;
    }
}
