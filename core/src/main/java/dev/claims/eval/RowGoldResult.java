package dev.claims.eval;

import dev.claims.model.Finding;
import java.util.List;

/**
 * The findings of a report scored against a {@link RowGold}, the figures of the reference scorer
 * ({@code score_findings.py}).
 *
 * @param contradictRows        cross-document rows (quotes in two or more files) judged CONTRADICT
 * @param contradictRowsFound   of those, how many a contradiction finding covers
 * @param agreeRows             cross-document rows judged AGREE
 * @param agreeRowsFound        of those, how many an agreement or variant finding covers
 * @param falseAlarms           cross-document AGREE rows that a contradiction finding covers, in gold order
 * @param missed                cross-document rows not found, in gold order
 * @param allFindings           every finding of the report
 * @param contradictions        the contradiction findings, in report order
 * @param right                 contradiction findings covering a CONTRADICT row
 * @param wrong                 contradiction findings covering no CONTRADICT row but an AGREE row or a trap
 * @param unjudged              contradiction findings covering no row and no trap (a reader decides)
 * @param traps                 how many traps the gold has
 * @param trapsHit              the traps that a contradiction finding covers, in file order
 */
public record RowGoldResult(int contradictRows, int contradictRowsFound, int agreeRows, int agreeRowsFound,
                            List<RowGold.Row> falseAlarms, List<RowGold.Row> missed, int allFindings,
                            List<Finding> contradictions, List<Finding> right, List<Finding> wrong,
                            List<Finding> unjudged, int traps, List<RowGold.Row> trapsHit) {
    public RowGoldResult {
        falseAlarms = List.copyOf(falseAlarms);
        missed = List.copyOf(missed);
        contradictions = List.copyOf(contradictions);
        right = List.copyOf(right);
        wrong = List.copyOf(wrong);
        unjudged = List.copyOf(unjudged);
        trapsHit = List.copyOf(trapsHit);
    }

    /** Found / all CONTRADICT rows; NaN when there are none. */
    public double contradictionRecall() {
        return contradictRows == 0 ? Double.NaN : (double) contradictRowsFound / contradictRows;
    }

    /** Found / all AGREE rows; NaN when there are none. */
    public double agreementRecall() {
        return agreeRows == 0 ? Double.NaN : (double) agreeRowsFound / agreeRows;
    }
}
