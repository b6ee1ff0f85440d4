package dev.claims.model;

import java.util.Comparator;
import java.util.List;

/**
 * One result of the checker: an agreement, contradiction, variant or citation problem, with evidence.
 * Findings are immutable and sort deterministically (kind, subject, rule, first evidence position, id).
 *
 * @param id         stable fingerprint of rule, subject, normalised values and documents
 * @param kind       what sort of finding
 * @param rule       short kebab-case rule id ("date-mismatch")
 * @param severity   error, warning or note
 * @param subject    what it is about ("Maxim Litvinov: office in 1933")
 * @param message    one sentence a historian understands
 * @param evidence   the places in the documents, at least one
 * @param confidence 0..1
 */
public record Finding(String id, FindingKind kind, String rule, Severity severity, String subject, String message,
                      List<Evidence> evidence, double confidence) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.evidence().isEmpty() ? "" : f.evidence().get(0).document())
            .thenComparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).span().start())
            .thenComparing(Finding::id);

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(id, kind, rule, s, subject, message, evidence, confidence);
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
