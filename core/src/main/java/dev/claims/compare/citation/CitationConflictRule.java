package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.WorkAgreementAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/**
 * {@code citation-conflict}: a description of a work contradicted by reference data: a place of publication where its
 * publisher does not publish, or that is not a real place (an unknown state abbreviation). Two descriptions that
 * disagree with each other are contradictions ({@link NameConflictRule}, {@link WorkMismatchRule}).
 */
public final class CitationConflictRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("citation-conflict", FindingKind.CITATION, Severity.WARNING,
            "A work's place of publication is not where its publisher publishes, or not a real place.",
            "Check the place on the title page of the work; the publishers' known seats are in the citation reference data (publisher-places.tsv).");

    public CitationConflictRule() {
        super(INFO);
    }

    /**
     * Starts the corpus-wide work audit (every cited work matched across documents) that three other rules read: one
     * of the four is marked costly so that the audit runs early and the others, started later, find it done.
     */
    @Override
    public int cost() {
        return 3;
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return once(documents, "works", WorkAgreementAudit::audit);
    }
}
