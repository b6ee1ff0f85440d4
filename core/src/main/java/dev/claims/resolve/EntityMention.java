package dev.claims.resolve;

import dev.claims.model.Span;

/**
 * One place where a document names an entity, as the resolver saw it: a {@link dev.claims.model.Mention} or the
 * subject of an office claim.
 *
 * @param documentId document
 * @param text       the name as written ("Litinov")
 * @param kind       "person", "place" or "organisation"
 * @param span       extent in the original text
 * @param sentence   sentence index, or -1 outside the body
 * @param title      title or office attached to the mention, empty when none
 */
public record EntityMention(String documentId, String text, String kind, Span span, int sentence, String title) {
}
