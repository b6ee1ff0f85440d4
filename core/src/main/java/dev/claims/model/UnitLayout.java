package dev.claims.model;

/**
 * The layout of one unit of body text (a {@link Sentence}): what kind of line it came from, the label of a field, and
 * the date heading that dates it. All units cut from one line share its layout.
 *
 * <pre>{@code
 * // "July 16, 1969\n06:32 AM EDT: Apollo 11 launched."  → two units
 * units.get(0).layout();  // UnitLayout[kind=DATE_HEADING, label=null, datedBy=-1, first=0]
 * units.get(1).layout();  // UnitLayout[kind=TIMELINE, label=null, datedBy=0, first=1]
 * // "Launch dateJuly 16, 1969" → text "Launch date: July 16, 1969", label = span of "Launch date"
 * }</pre>
 *
 * @param kind    the kind of line
 * @param label   for a {@link Layout#FIELD}, the label's span in the original text; else null
 * @param datedBy index (in the document's sentences) of the {@link Layout#DATE_HEADING} unit whose date applies to
 *                this unit when it gives none of its own, or -1
 * @param first   index (in the document's sentences) of the first sentence cut from the same line, so a reader can
 *                tell where one entry, field or item ends and the next begins; -1 for running prose
 */
public record UnitLayout(Layout kind, Span label, int datedBy, int first) {
    /** Running prose, no label, no date heading. */
    public static final UnitLayout PROSE = new UnitLayout(Layout.PROSE, null, -1, -1);

    public UnitLayout {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (datedBy < -1 || first < -1) {
            throw new IllegalArgumentException("datedBy and first must be -1 or an index");
        }
    }

    /** True for a sentence of running prose (not cut from a line of a line-oriented layout). */
    public boolean prose() {
        return first < 0;
    }
}
