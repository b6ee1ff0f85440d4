package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.WorkAgreementAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/**
 * {@code work-mismatch}: two statements give the same work another place, publisher, year, volume, issue or journal
 * (a note against its bibliography entry, or one document's description against another's).
 */
public final class WorkMismatchRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo(WorkAgreementAudit.WORK_MISMATCH, FindingKind.CONTRADICTION,
            Severity.WARNING,
            "Two descriptions of the same work give it a different place, publisher, year, volume, issue or journal.",
            "At most one description is right unless they cite different editions; check the title page of the work.");

    public WorkMismatchRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return once(documents, "works", WorkAgreementAudit::audit);
    }
}
