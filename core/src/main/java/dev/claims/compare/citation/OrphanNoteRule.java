package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.NoteMarkerAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code orphan-note}: A note has no marker pointing to it. */
public final class OrphanNoteRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("orphan-note", FindingKind.CITATION, Severity.WARNING,
            "A note has no marker pointing to it.",
            "The marker was lost (often in PDF or web export); the note supports no identifiable statement until it is restored.");

    public OrphanNoteRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "markers", NoteMarkerAudit::audit);
    }
}
