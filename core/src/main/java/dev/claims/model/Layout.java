package dev.claims.model;

/**
 * How a unit of body text stood on the page: running prose, or one line of a line-oriented layout (a timeline, an
 * infobox export, a list, a question-and-answer page, a table exported as text). Later stages read it from
 * {@link UnitLayout#kind()}: a {@link #FIELD}'s value is a statement about the page's subject, a
 * {@link #TIMELINE} entry's date applies to what the entry says.
 *
 * <pre>{@code
 * "July 16, 1969 – Apollo 11 lifts off."   // TIMELINE
 * "July 16, 1969"                          // DATE_HEADING (dates the entries after it)
 * "Launch dateJuly 16, 1969"               // FIELD, label "Launch date"
 * "• Lunar Module lands."                  // LIST_ITEM
 * }</pre>
 */
public enum Layout {
    /** Running prose (the default). */
    PROSE,
    /** A line that starts with a date or a time followed by a separator: "July 16, 1969 – …", "06:32 AM EDT: …". */
    TIMELINE,
    /** A line that is only a date ("July 16, 1969", "Tuesday 3rd March"): it dates the units after it. */
    DATE_HEADING,
    /** A label and its value: "Born: …", "BORN: …", "Launch dateJuly 16, 1969" (label glued to its value). */
    FIELD,
    /** An item of a bulleted or enumerated list. */
    LIST_ITEM,
    /** A question of a Q&amp;A, quiz or flashcard page ("Q. When did …?"). */
    QUESTION,
    /** The answer line of a Q&amp;A page ("A. On July 20, 1969."). */
    ANSWER,
    /** A headline that carries a fact ("HINDENBURG EXPLODES, 32 DIE", a heading with a date). */
    HEADLINE,
    /** The document's title, kept as a unit because it carries a date. */
    TITLE,
    /** A caption under a picture. */
    CAPTION,
    /** A row of a table exported as text (cells separated by tabs or runs of spaces). */
    TABLE_ROW
}
