package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.ClaimCoverageAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code uncited-claim}: A sentence states a checkable fact with no note in a document that otherwise cites its sources. */
public final class UncitedClaimRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("uncited-claim", FindingKind.CITATION, Severity.NOTE,
            "A sentence states a checkable fact with no note in a document that otherwise cites its sources.",
            "In a document that cites, a date, figure or office without a note is either common knowledge or a gap in the documentation; check whether it needs a source.");

    public UncitedClaimRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "coverage", ClaimCoverageAudit::audit);
    }
}
