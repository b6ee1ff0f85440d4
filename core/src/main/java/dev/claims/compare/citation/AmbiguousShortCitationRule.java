package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.ResolutionAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code ambiguous-short-citation}: A short citation matches more than one work. */
public final class AmbiguousShortCitationRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("ambiguous-short-citation", FindingKind.CITATION, Severity.WARNING,
            "A short citation matches more than one work.",
            "When an author has two works in the bibliography an author-only short form cannot say which is meant; add the short title.");

    public AmbiguousShortCitationRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return plus(perDocument(documents, "resolution", ResolutionAudit::audit), textCitations(documents));
    }
}
