package dev.claims.model;

import java.time.LocalDate;

/**
 * A point or range in time with its precision.
 *
 * <pre>{@code
 * DateValue.day("November 16, 1933", LocalDate.of(1933, 11, 16));  // normalized "1933-11-16"
 * }</pre>
 *
 * @param text      as written
 * @param edtf      EDTF (ISO 8601-2 level 1) form: 1933-11-16, 1933-10, 1941-21, 192X, 1918/1921, with ~ or ?;
 *                  empty for an unresolved relative expression
 * @param earliest  first day the value can denote, null when unresolved
 * @param latest    last day the value can denote (inclusive), null when unresolved
 * @param precision how precise the value is
 * @param qualifier "mid", "early", "late", "about", "O.S.", {@value #ONGOING}, {@value #BEGAN} and so on; empty when
 *                  none
 */
public record DateValue(String text, String edtf, LocalDate earliest, LocalDate latest, DatePrecision precision,
                        String qualifier) implements Value {
    /** Qualifier of the time at which a document states a period as under way ("in their war with Japan", 1934). */
    public static final String ONGOING = "ongoing";
    /** Qualifier of a date that says when an event began ("declaring war on the Japan on August 8"). */
    public static final String BEGAN = "began";

    public static DateValue day(String text, LocalDate day) {
        return new DateValue(text, day.toString(), day, day, DatePrecision.DAY, "");
    }

    public static DateValue year(String text, int year) {
        return new DateValue(text, String.format("%04d", year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                DatePrecision.YEAR, "");
    }

    @Override
    public String type() {
        return "date";
    }

    @Override
    public String normalized() {
        return edtf;
    }

    public boolean resolved() {
        return earliest != null;
    }

    /** True when the two values can denote the same time (their ranges intersect). */
    public boolean overlaps(DateValue other) {
        return resolved() && other.resolved() && !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }
}
