package dev.claims.resolve;

import dev.claims.model.DateValue;

/**
 * An office a document says a named person held, as context for entity resolution: two spellings of a surname
 * written in separate documents are one person only when their context agrees (see {@link SurnameLinker}).
 *
 * <p>Example: document "a.txt", person "Boris Soluchin", class "head-of-state", time 1940.
 *
 * @param documentId  the document that states it
 * @param person      the person's name as written ("Boris Soluchin")
 * @param officeClass the kind of office from the office lexicon ("foreign-minister"), or the office's canonical
 *                    wording when the lexicon gives no class
 * @param time        when the document says the office was held, or null when it does not say
 */
public record HeldOffice(String documentId, String person, String officeClass, DateValue time) {
    /** True when both times are known and share at least one day. */
    boolean overlaps(HeldOffice other) {
        return time != null && other.time != null && time.resolved() && other.time.resolved()
                && !time.earliest().isAfter(other.time.latest()) && !other.time.earliest().isAfter(time.latest());
    }
}
