package dev.claims.model;

/**
 * One entry of a bibliography, reading list or works-cited section, as written.
 *
 * @param text    the entry's cleaned text (markup removed, but {@code *italics*} kept to mark titles)
 * @param span    its extent in the original text
 * @param section the heading of the list it belongs to ("BIBLIOGRAPHY", "Further Reading")
 */
public record BibEntry(String text, Span span, String section) {
}
