package dev.claims.eval;

import dev.claims.model.FindingKind;
import java.util.List;

/**
 * One expected finding.
 *
 * <pre>{@code
 * new GoldRow("recognition-date", FindingKind.AGREEMENT, "date-agreement", "recognition: date", null,
 *         List.of(new GoldEvidence("000_x.txt", "November 16, 1933"), new GoldEvidence("001_y.txt", "On November 16, 1933")));
 * }</pre>
 *
 * @param id       unique id within the gold file, named in errors and reports
 * @param kind     the expected kind
 * @param rule     the expected rule id, or null when any rule of that kind will do
 * @param subject  free text: what it is about
 * @param note     free text, or null
 * @param evidence the places that make the finding, at least one
 */
public record GoldRow(String id, FindingKind kind, String rule, String subject, String note,
                      List<GoldEvidence> evidence) {
    public GoldRow {
        evidence = List.copyOf(evidence);
    }

    /** How many evidence items a finding must cover to match: two, or all when the row has fewer. */
    public int required() {
        return Math.min(2, evidence.size());
    }
}
