package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.ResolutionAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code unresolved-short-citation}: A short citation or Ibid. matches no full citation or bibliography entry. */
public final class UnresolvedShortCitationRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("unresolved-short-citation", FindingKind.CITATION, Severity.WARNING,
            "A short citation or Ibid. matches no full citation or bibliography entry.",
            "A reader cannot tell which work a short form such as 'Roberts, 311' means unless the work is cited in full earlier or listed in the bibliography.");

    public UnresolvedShortCitationRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return plus(perDocument(documents, "resolution", ResolutionAudit::audit), textCitations(documents));
    }
}
