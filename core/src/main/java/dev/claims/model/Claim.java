package dev.claims.model;

import java.util.List;

/**
 * A checkable statement a document makes.
 *
 * <p>Examples: subject "recognition of the Soviet Union by the United States", attribute "date", value 1933-11-16;
 * subject "Maxim Litvinov", attribute "office", value "People's Commissar for Foreign Affairs", time 1933.
 *
 * @param id          stable id within the document ("c12")
 * @param documentId  owning document
 * @param span        the value's extent in the original text
 * @param sentence    index of the sentence in {@link Document#sentences()}
 * @param quote       the cleaned sentence (for a period stated as under way and dated by a sentence before it: that
 *                    sentence, " … ", then this one)
 * @param subject     what the claim is about, as the extractor names it (a person, an event key, a quantity's topic)
 * @param attribute   what is claimed of it: "date", "office", "amount", "count", "duration", "percentage", "name", ...
 * @param value       the typed value
 * @param time        the time the claim holds at (for offices and quantities), or null
 * @param sources     labels of the notes that support the claim
 * @param attribution who asserts it and whether it is hedged
 */
public record Claim(String id, String documentId, Span span, int sentence, String quote, String subject,
                    String attribute, Value value, DateValue time, List<String> sources, Attribution attribution) {
    public Claim {
        sources = List.copyOf(sources);
    }
}
