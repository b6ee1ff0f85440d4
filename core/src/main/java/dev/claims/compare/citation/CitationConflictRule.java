package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.WorkAgreementAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.resolve.ResolvedCorpus;
import java.util.List;

/** {@code citation-conflict}: Descriptions of the same work give different facts: place, publisher, year or author. */
public final class CitationConflictRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("citation-conflict", FindingKind.CITATION, Severity.WARNING,
            "Descriptions of the same work give different facts: place, publisher, year or author.",
            "At most one of the descriptions is right; check the title page of the work.");

    public CitationConflictRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(ResolvedCorpus corpus) {
        return once(corpus, "works", WorkAgreementAudit::audit);
    }
}
