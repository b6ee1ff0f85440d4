package dev.claims.hostile;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.util.List;

/**
 * Findings in a form comparable across corpora in different folders: evidence paths are left out, long quotes are
 * shortened to their start, length and hash (a hostile document can give megabyte quotes).
 */
final class Findings {
    private Findings() {
    }

    /** The findings with at least one piece of evidence in one of {@code documents}. */
    static List<Finding> touching(List<Finding> findings, java.util.Set<String> documents) {
        return findings.stream().filter(f -> f.evidence().stream().anyMatch(e -> documents.contains(e.document()))).toList();
    }

    static List<String> comparable(List<Finding> findings) {
        return findings.stream().map(f -> f.id() + " " + f.kind() + " " + f.rule() + " " + f.severity() + " "
                + f.subject() + " | " + f.message() + " | " + f.confidence() + " | "
                + f.evidence().stream().map(Findings::evidence).toList()).toList();
    }

    private static String evidence(Evidence e) {
        String quote = e.quote() == null ? "null" : e.quote().length() <= 200 ? e.quote()
                : e.quote().substring(0, 200) + "…(" + e.quote().length() + " chars, hash " + e.quote().hashCode() + ")";
        return e.document() + "@" + e.span() + ":" + e.line() + ":" + e.column() + " " + e.value() + " «" + quote + "»";
    }
}
