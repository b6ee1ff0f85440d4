package dev.claims.model;

/**
 * A footnote marker in the body ("¹²", "[1]", {@code <ref>}, "[^3]").
 *
 * @param label the note label it points to ("12", "a", or a named ref)
 * @param span  the marker's extent in the original text
 */
public record Marker(String label, Span span) {
}
