package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.NoteMarkerAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code missing-note}: A footnote marker points to no note. */
public final class MissingNoteRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("missing-note", FindingKind.CITATION, Severity.WARNING,
            "A footnote marker points to no note.",
            "The note was lost in conversion or never written; restore it or remove the marker.");

    public MissingNoteRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "markers", NoteMarkerAudit::audit);
    }
}
