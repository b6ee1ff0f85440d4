package dev.claims.citation;

import dev.claims.model.Span;
import java.util.List;

/**
 * A citation problem found by one of the audits, before it becomes a finding: which rule, what it is about, one
 * sentence saying what is wrong, and the places in the documents.
 *
 * @param rule       rule id ("citation-conflict")
 * @param subject    what it is about ("note 13", "Siegel, Loans and Legitimacy")
 * @param message    one sentence
 * @param places     where, at least one
 * @param values     normalised values for the finding's fingerprint
 * @param confidence 0..1
 */
public record CitationIssue(String rule, String subject, String message, List<Place> places, List<String> values,
                            double confidence) {
    public CitationIssue {
        places = List.copyOf(places);
        values = List.copyOf(values);
    }

    /**
     * One place an issue points at.
     *
     * @param documentId document id
     * @param span       extent in the original text
     * @param quote      the note, entry or sentence, cleaned
     * @param value      the value at issue as written there
     */
    public record Place(String documentId, Span span, String quote, String value) {
    }
}
