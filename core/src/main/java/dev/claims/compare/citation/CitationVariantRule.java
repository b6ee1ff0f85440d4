package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.WorkAgreementAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code citation-variant}: The same work is cited with a different spelling of its author, title or journal. */
public final class CitationVariantRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("citation-variant", FindingKind.CITATION, Severity.WARNING,
            "The same work is cited with a different spelling of its author, title or journal.",
            "A misspelled surname or altered title makes a work hard to find and may hide a citation of a different work; use the spelling of the bibliography.");

    public CitationVariantRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return plus(once(documents, "works", WorkAgreementAudit::audit), textCitations(documents));
    }
}
