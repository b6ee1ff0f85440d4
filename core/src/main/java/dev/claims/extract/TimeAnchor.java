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

    void explicitYear(int y, int paragraph) {
        this.year = y;
        this.yearParagraph = paragraph;
    }

    void resolved(DateValue value, int paragraph) {
        this.last = value;
        this.lastParagraph = paragraph;
    }
}
