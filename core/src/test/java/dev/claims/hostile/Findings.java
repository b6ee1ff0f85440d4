package dev.claims.hostile;

import dev.claims.model.Evidence;
import dev.claims.model.Finding;
import java.util.List;

/** Findings in a form comparable across corpora in different folders: evidence paths are left out. */
final class Findings {
    private Findings() {
    }

    static List<String> comparable(List<Finding> findings) {
        return findings.stream().map(f -> f.id() + " " + f.kind() + " " + f.rule() + " " + f.severity() + " "
                + f.subject() + " | " + f.message() + " | " + f.confidence() + " | "
                + f.evidence().stream().map(Findings::evidence).toList()).toList();
    }

    private static String evidence(Evidence e) {
        return e.document() + "@" + e.span() + ":" + e.line() + ":" + e.column() + " " + e.value() + " «" + e.quote() + "»";
    }
}
