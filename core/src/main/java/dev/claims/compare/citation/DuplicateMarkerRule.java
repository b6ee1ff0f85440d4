package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.NoteMarkerAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code duplicate-marker}: The same numbered footnote marker appears more than once. */
public final class DuplicateMarkerRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("duplicate-marker", FindingKind.CITATION, Severity.WARNING,
            "The same numbered footnote marker appears more than once.",
            "Numbered notes are used once each; a repeated number usually means a renumbering error, so one of the statements points to the wrong note.");

    public DuplicateMarkerRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "markers", NoteMarkerAudit::audit);
    }
}
