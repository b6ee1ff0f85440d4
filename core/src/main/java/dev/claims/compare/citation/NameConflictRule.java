package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.WorkAgreementAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/**
 * {@code name-conflict}: two statements attribute the same work to different people (an author or editor whose
 * surname is not a spelling variant of the other's: Sibley / Siegel), in one document or across documents.
 */
public final class NameConflictRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo(WorkAgreementAudit.NAME_CONFLICT, FindingKind.CONTRADICTION,
            Severity.ERROR,
            "Two descriptions of the same work name different people as its author or editor.",
            "At most one attribution is right; check the title page of the work and correct the other description.");

    public NameConflictRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return plus(once(documents, "works", WorkAgreementAudit::audit), textCitations(documents));
    }
}
