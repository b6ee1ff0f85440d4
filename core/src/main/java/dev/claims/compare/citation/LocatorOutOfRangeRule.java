package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.ResolutionAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code locator-out-of-range}: A note cites a page outside the page range of the article it cites. */
public final class LocatorOutOfRangeRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("locator-out-of-range", FindingKind.CITATION, Severity.WARNING,
            "A note cites a page outside the page range of the article it cites.",
            "An article's pages are given in its full citation; a page outside them is a typo or a citation of the wrong work.");

    public LocatorOutOfRangeRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "resolution", ResolutionAudit::audit);
    }
}
