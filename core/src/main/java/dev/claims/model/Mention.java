package dev.claims.model;

/**
 * A mention of a named entity in a document.
 *
 * @param documentId owning document
 * @param text       the name as written ("Litinov", "Maksim Maksimovich Litvinov")
 * @param kind       "person", "place" or "organisation"
 * @param span       extent in the original text
 * @param sentence   index of the sentence, or -1 outside the body (index lines, notes)
 * @param title      a title or office that precedes or qualifies the mention, empty when none
 */
public record Mention(String documentId, String text, String kind, Span span, int sentence, String title) {
}
