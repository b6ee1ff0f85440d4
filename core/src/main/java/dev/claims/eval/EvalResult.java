package dev.claims.eval;

import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring findings against a gold file.
 *
 * @param description       the gold file's description
 * @param overall           counts over every kind
 * @param byKind            counts per kind, in {@link FindingKind} order, every kind present
 * @param byRule            counts per rule id, sorted; a missed row that names no rule counts under
 *                          {@code "(any <kind>)"}
 * @param matches           matched pairs, in gold row order
 * @param missedRows        rows no finding matched, in gold row order
 * @param unmatchedFindings findings matching no row, in report order
 */
public record EvalResult(String description, Score overall, Map<FindingKind, Score> byKind, Map<String, Score> byRule,
                         List<Match> matches, List<GoldRow> missedRows, List<Finding> unmatchedFindings) {
    public EvalResult {
        byKind = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byKind));
        byRule = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byRule));
        matches = List.copyOf(matches);
        missedRows = List.copyOf(missedRows);
        unmatchedFindings = List.copyOf(unmatchedFindings);
    }

    public Score kind(FindingKind kind) {
        return byKind.getOrDefault(kind, Score.ZERO);
    }

    public Score rule(String rule) {
        return byRule.getOrDefault(rule, Score.ZERO);
    }
}
