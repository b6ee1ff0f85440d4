package dev.claims.compare.citation;

import dev.claims.citation.CitationIssue;
import dev.claims.citation.NoteMarkerAudit;
import dev.claims.compare.RuleInfo;
import dev.claims.model.FindingKind;
import dev.claims.model.Severity;
import dev.claims.model.ExtractedDocument;
import java.util.List;

/** {@code marker-out-of-sequence}: Numbered footnote markers are out of order or skip numbers. */
public final class MarkerSequenceRule extends IssueRule {
    static final RuleInfo INFO = new RuleInfo("marker-out-of-sequence", FindingKind.CITATION, Severity.WARNING,
            "Numbered footnote markers are out of order or skip numbers.",
            "Markers run 1, 2, 3 in reading order; a marker out of order or a gap in the numbering usually means notes were moved or lost.");

    public MarkerSequenceRule() {
        super(INFO);
    }

    @Override
    List<CitationIssue> issues(List<ExtractedDocument> documents) {
        return perDocument(documents, "markers", NoteMarkerAudit::audit);
    }
}
