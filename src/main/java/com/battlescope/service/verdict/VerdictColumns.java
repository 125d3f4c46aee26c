package com.battlescope.service.verdict;

import com.battlescope.analytics.verdict.ModelVerdict;
import com.battlescope.analytics.verdict.PairVerdict;
import com.battlescope.service.view.Cells;
import com.battlescope.service.view.ColumnSpec;
import java.util.List;
import java.util.Locale;

/** The Verdict view's per-model table and the texts of its matrix, shared by the view and its tests. */
public final class VerdictColumns {
    private VerdictColumns() {
    }

    public static List<ColumnSpec<ModelVerdict>> models() {
        return List.of(
                ColumnSpec.text("model", "Model", ModelVerdict::modelId),
                ColumnSpec.number("rank", "Rank", m -> Integer.toString(m.engineRank()), ModelVerdict::engineRank),
                ColumnSpec.number("return", "Return", m -> Cells.pct(m.totalReturnPct()), ModelVerdict::totalReturnPct),
                ColumnSpec.number("return-ci", "Return interval", m -> interval(m.totalReturnCi(), true),
                        m -> m.totalReturnCi() == null ? null : m.totalReturnCi().low()),
                ColumnSpec.number("sharpe", "Sharpe / period", m -> decimal(m.sharpePeriod(), 4),
                        ModelVerdict::sharpePeriod),
                ColumnSpec.number("sharpe-ci", "Sharpe interval", m -> interval(m.sharpeCi(), false),
                        m -> m.sharpeCi() == null ? null : m.sharpeCi().low()),
                ColumnSpec.number("psr", "PSR", m -> probability(m.psrZero()), ModelVerdict::psrZero),
                ColumnSpec.number("dsr", "DSR", m -> probability(m.dsr()), ModelVerdict::dsr),
                ColumnSpec.number("mintrl", "Min track record (returns)", VerdictColumns::trackRecord,
                        ModelVerdict::minTrackRecord),
                ColumnSpec.text("mintrl-status", "Track record", VerdictColumns::trackRecordStatus),
                ColumnSpec.number("rank1", "P(rank 1)", m -> probability(m.rankProbabilities().get(0)),
                        m -> m.rankProbabilities().get(0)),
                ColumnSpec.text("record", "Beats / ties / loses",
                        m -> m.beats() + " / " + m.ties() + " / " + m.loses()));
    }

    /** "[-1.20%, 8.90%]" or "[0.0100, 0.0600]"; — without an interval. */
    public static String interval(ModelVerdict.Interval i, boolean percent) {
        if (i == null) {
            return Cells.NONE;
        }
        return percent ? "[" + Cells.pct(i.low()) + ", " + Cells.pct(i.high()) + "]"
                : "[" + decimal(i.low(), 4) + ", " + decimal(i.high(), 4) + "]";
    }

    /** Returns and days, rounded up: "2,095 (88 days)". */
    public static String trackRecord(ModelVerdict m) {
        if (m.minTrackRecord() == null) {
            return Cells.NONE;
        }
        return Cells.count((long) Math.ceil(m.minTrackRecord())) + " ("
                + Cells.count((long) Math.ceil(m.minTrackRecordDays())) + " days)";
    }

    /** "reached", "12 more days needed", or "no positive Sharpe". */
    public static String trackRecordStatus(ModelVerdict m) {
        if (m.minTrackRecord() == null) {
            return m.sharpePeriod() == null ? Cells.NONE : "no positive Sharpe";
        }
        if (m.minTrackRecord() <= m.nReturns()) {
            return "reached";
        }
        double elapsedDays = m.minTrackRecordDays() * m.nReturns() / m.minTrackRecord();
        long more = (long) Math.ceil(m.minTrackRecordDays() - elapsedDays);
        return Cells.count(more) + " more day" + (more == 1 ? "" : "s") + " needed";
    }

    public static String probability(Double p) {
        return p == null ? Cells.NONE : String.format(Locale.US, "%.1f%%", p * 100);
    }

    public static String decimal(Double v, int decimals) {
        return v == null ? Cells.NONE : String.format(Locale.US, "%." + decimals + "f", v);
    }

    /** The matrix cell of {@code row} against {@code column}: the row's Sharpe minus the column's. */
    public static String difference(PairVerdict p, String row) {
        if (p.sharpeDiff() == null) {
            return Cells.NONE;
        }
        double d = p.modelA().equals(row) ? p.sharpeDiff() : -p.sharpeDiff();
        return String.format(Locale.US, "%+.3f", d);
    }

    /** A matrix cell's hover text: both models, the Sharpe difference, z, p, Holm p, correlation, n and the outcome. */
    public static String details(PairVerdict p, String row, double alpha) {
        String column = p.other(row);
        String outcome = p.winner() == null ? "no significant difference at " + probability(alpha) + " (Holm)"
                : p.winner() + " is significantly better (Holm, " + probability(alpha) + ")";
        return row + " vs " + column + "\n"
                + "Sharpe difference " + difference(p, row) + " per period\n"
                + "z = " + decimal(p.z() == null ? null : p.modelA().equals(row) ? p.z() : -p.z(), 3)
                + "   p = " + decimal(p.pValue(), 4) + "   Holm p = " + decimal(p.pHolm(), 4) + "\n"
                + "correlation " + decimal(p.correlation(), 3) + "   n = " + Cells.count(p.n()) + " common hours\n"
                + outcome;
    }

    /** How a matrix cell is coloured, from the row model's side. */
    public enum Outcome { BETTER, WORSE, TIE_BEFORE_HOLM, TIE, UNDEFINED }

    public static Outcome outcome(PairVerdict p, String row, double alpha) {
        if (p.pValue() == null) {
            return Outcome.UNDEFINED;
        }
        if (p.winner() != null) {
            return p.winner().equals(row) ? Outcome.BETTER : Outcome.WORSE;
        }
        return p.pValue() < alpha ? Outcome.TIE_BEFORE_HOLM : Outcome.TIE;
    }
}
