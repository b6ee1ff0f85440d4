package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.TextCitationAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/**
 * {@code uncited-entry}: in a document that cites its reference list author–date in the text, an entry nothing
 * cites. A reading list ("Further reading") and a list the notes cite are not checked.
 */
public final class UncitedEntryRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo(TextCitationAudit.UNCITED_ENTRY, FindingKind.CITATION, Severity.WARNING,
            "A reference-list entry is cited nowhere in a document that cites its sources author–date in the text.",
            "In author–date style every entry of the reference list is cited in the text; cite the work where it is used or remove the entry.");

    public UncitedEntryRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return textCitations(documents);
    }
}
