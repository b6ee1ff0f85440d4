package dev.claims.extract;

import dev.claims.model.DateValue;

/**
 * A time expression found in a sentence's cleaned text.
 *
 * @param start    start offset in {@code Sentence.text}
 * @param end      end offset in {@code Sentence.text}
 * @param value    the normalised value (unresolved for relative expressions the text does not anchor)
 * @param explicit true when the year is written in the expression itself (not taken from context)
 * @param anchoredInParagraph true when the year is written in the expression or earlier in the same paragraph
 */
public record TimeMention(int start, int end, DateValue value, boolean explicit, boolean anchoredInParagraph) {
    public TimeMention(int start, int end, DateValue value, boolean explicit) {
        this(start, end, value, explicit, explicit);
    }
}
