package dev.claims.model;

/**
 * A footnote or endnote.
 *
 * @param label the note's number or name as written ("12", "cornell")
 * @param text  the note's cleaned text
 * @param span  the note's extent in the original text (including its label)
 */
public record Note(String label, String text, Span span) {
}
