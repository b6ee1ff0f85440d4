package dev.claims.extract;

import dev.claims.model.DateValue;

/**
 * The running temporal context of a document while it is read in order: the last explicit year and the last
 * resolved value, for "in mid-October", "November 9", "the next day", "two months later". Mutable, one per
 * document pass; not shared between threads.
 */
public final class TimeAnchor {
    private Integer year;
    private int yearParagraph = -1;
    private DateValue narrative;
    private DateValue last;
    private int lastParagraph = -1;

    /** The last explicitly written year, or null. */
    public Integer year() {
        return year;
    }

    /** The last resolved value in {@code paragraph}, or null when the paragraph has none yet. */
    public DateValue lastIn(int paragraph) {
        return paragraph == lastParagraph ? last : null;
    }

    /** True when the last explicit year was written in {@code paragraph}. */
    public boolean yearIn(int paragraph) {
        return year != null && yearParagraph == paragraph;
    }

    /**
     * The explicit date that last set the year in {@code paragraph}, or null when the paragraph has set none. A year
     * written later in the paragraph that is both less precise and earlier than it is a look back and does not move
     * the year (see {@link TimeExpressionParser}).
     */
    public DateValue narrativeIn(int paragraph) {
        return year != null && yearParagraph == paragraph ? narrative : null;
    }

    void explicitYear(DateValue value, int paragraph) {
        this.year = value.latest().getYear();
        this.yearParagraph = paragraph;
        this.narrative = value;
    }

    void resolved(DateValue value, int paragraph) {
        this.last = value;
        this.lastParagraph = paragraph;
    }
}
