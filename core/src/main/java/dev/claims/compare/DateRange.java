package dev.claims.compare;

import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A date value as comparison sees it: what it says about when something happened, began or ended, as intervals of
 * days in the Gregorian calendar.
 *
 * <ul>
 *   <li>{@link Shape#POINT} "November 16, 1933", "1933", "June 1941": it happened within {@code [start, end]}.</li>
 *   <li>{@link Shape#SPAN} "1921-1923": it began within {@code startLow..startHigh} and ended within
 *       {@code endLow..endHigh}.</li>
 *   <li>{@link Shape#BY} "by 1920 … under way", "before 1921": it had begun no later than {@code startHigh}.</li>
 *   <li>{@link Shape#SINCE} "since 1917": it began within {@code startLow..startHigh}.</li>
 *   <li>{@link Shape#START} "declared war on Japan on August 8, 1945" (qualifier "began", a start trigger's date): it
 *       began within {@code startLow..startHigh}; against another start or a point it compares as a point.</li>
 *   <li>{@link Shape#ONGOING} "in their war with Japan" said of 1934 (qualifier "ongoing"): it was under way at some
 *       time of {@code [endLow, startHigh]}, so it had begun by {@code startHigh}. It is compared only with what says
 *       when the period began (a span, a "since" date, a start) and never agrees with anything: being under way at
 *       a time within a stated range confirms no date.</li>
 * </ul>
 * Vague values (seasons, decades, "early", "mid", "late", "about", EDTF {@code ~ ?}) are widened by a month so that
 * a season boundary or a rounded year does not make a contradiction; they are marked {@link #vague()}.
 *
 * @param value        the claim's value
 * @param shape        what the value says
 * @param startLow     earliest possible start (or the point's first day)
 * @param startHigh    latest possible start
 * @param endLow       earliest possible end
 * @param endHigh      latest possible end (or the point's last day)
 * @param vague        true for seasons, decades and qualified values: they agree but never contradict on their own
 * @param calendarNote a note when an Old Style date was converted, else empty
 */
public record DateRange(DateValue value, Shape shape, LocalDate startLow, LocalDate startHigh, LocalDate endLow,
                        LocalDate endHigh, boolean vague, String calendarNote) {
    /** What a date value says. */
    public enum Shape {
        POINT, SPAN, BY, SINCE, START, ONGOING
    }

    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "\\b(?:early|mid|middle|late|about|around|circa|c\\.|approximately|ca\\.)");
    private static final LocalDate MIN = LocalDate.of(1, 1, 1);
    private static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    /** The range of a resolved value, or empty for an unresolved one. */
    public static Optional<DateRange> of(DateValue v) {
        if (!v.resolved()) {
            return Optional.empty();
        }
        String q = v.qualifier() == null ? "" : v.qualifier().toLowerCase(Locale.ROOT).strip();
        boolean vague = v.precision() == DatePrecision.SEASON || v.precision() == DatePrecision.DECADE
                || VAGUE.matcher(q).find()
                || v.edtf().contains("~") || v.edtf().contains("?");
        LocalDate lo = v.earliest();
        LocalDate hi = v.latest();
        if (vague) {
            lo = lo.minusMonths(1);
            hi = hi.plusMonths(1);
        }
        if (q.matches("(?:by|no later than|already by|as early as)")) {
            return Optional.of(new DateRange(v, Shape.BY, MIN, hi, MIN, MAX, vague, ""));
        }
        if (q.matches("(?:before|prior to)")) {
            return Optional.of(new DateRange(v, Shape.BY, MIN, v.earliest().minusDays(1), MIN, MAX, vague, ""));
        }
        if (q.equals(DateValue.ONGOING)) {
            return Optional.of(new DateRange(v, Shape.ONGOING, MIN, hi, lo, MAX, vague, ""));
        }
        if (q.equals(DateValue.BEGAN)) {
            return Optional.of(new DateRange(v, Shape.START, lo, hi, lo, MAX, vague, ""));
        }
        if (q.matches("(?:since|from|starting|beginning)")) {
            return Optional.of(new DateRange(v, Shape.SINCE, lo, hi, lo, MAX, vague, ""));
        }
        if (v.precision() == DatePrecision.RANGE || v.edtf().contains("/")) {
            String[] sides = v.edtf().replace("~", "").replace("?", "").split("/", 2);
            Optional<LocalDate[]> a = sides.length == 2 ? sideBounds(sides[0]) : Optional.empty();
            Optional<LocalDate[]> b = sides.length == 2 ? sideBounds(sides[1]) : Optional.empty();
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(new DateRange(v, Shape.SPAN, a.get()[0], a.get()[1], b.get()[0], b.get()[1], vague,
                        ""));
            }
            return Optional.of(new DateRange(v, Shape.SPAN, lo, lo.plusYears(1).minusDays(1), hi.minusYears(1)
                    .plusDays(1), hi, vague, ""));
        }
        return Optional.of(new DateRange(v, Shape.POINT, lo, hi, lo, hi, vague, ""));
    }

    /** First and last day of one side of an EDTF interval: "1921", "1921-07", "1921-07-04". */
    private static Optional<LocalDate[]> sideBounds(String s) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return Optional.of(new LocalDate[]{LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate f = LocalDate.parse(s + "-01");
                return Optional.of(new LocalDate[]{f, f.plusMonths(1).minusDays(1)});
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return Optional.of(new LocalDate[]{d, d});
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The same range shifted by {@code days}, with a calendar note. */
    public DateRange shifted(int days, String note) {
        return new DateRange(value, shape, shift(startLow, days), shift(startHigh, days), shift(endLow, days),
                shift(endHigh, days), vague, note);
    }

    private static LocalDate shift(LocalDate d, int days) {
        return d.equals(MIN) || d.equals(MAX) ? d : d.plusDays(days);
    }

    /**
     * Whether the two values positively agree: they can denote the same time ("1933" and "November 16, 1933"; "since
     * 1917" and "1917"; "by 1920" and "1918-1921"). A "by" date and a point agree on nothing: they are unrelated.
     */
    public boolean agrees(DateRange o) {
        if (shape == Shape.ONGOING || o.shape == Shape.ONGOING) {
            return false;
        }
        if (pointLike(this) && pointLike(o) && (shape == Shape.START || o.shape == Shape.START)) {
            return overlaps(startLow, pointEnd(), o.startLow, o.pointEnd());
        }
        if (shape == Shape.POINT && o.shape == Shape.POINT) {
            return overlaps(startLow, endHigh, o.startLow, o.endHigh);
        }
        if (shape == Shape.BY && o.shape == Shape.BY) {
            return false;
        }
        if (shape == Shape.POINT || o.shape == Shape.POINT) {
            DateRange p = shape == Shape.POINT ? this : o;
            DateRange x = p == this ? o : this;
            return switch (x.shape) {
                case SPAN -> overlaps(p.startLow, p.endHigh, x.startLow, x.endHigh);
                case SINCE -> overlaps(p.startLow, p.endHigh, x.startLow, x.startHigh);
                default -> false;
            };
        }
        return conflict(o).isEmpty();
    }

    /** Whether the pair says anything comparable at all (a "by" date says nothing about a point in time). */
    public boolean comparable(DateRange o) {
        if (shape == Shape.ONGOING || o.shape == Shape.ONGOING) {
            Shape other = shape == Shape.ONGOING ? o.shape : shape;
            return other == Shape.SPAN || other == Shape.SINCE || other == Shape.START;
        }
        boolean open = shape == Shape.BY || shape == Shape.SINCE;
        boolean otherOpen = o.shape == Shape.BY || o.shape == Shape.SINCE;
        if (open && o.shape == Shape.POINT || otherOpen && shape == Shape.POINT) {
            return false;
        }
        return !(shape == Shape.BY && o.shape == Shape.BY);
    }

    /**
     * Why the two values cannot describe the same facts: "start" when they disagree on when it began, "end" on when
     * it ended, "date" for points that cannot be the same time; empty when compatible or not comparable.
     */
    public Optional<String> conflict(DateRange o) {
        if (!comparable(o)) {
            return Optional.empty();
        }
        if (shape == Shape.POINT && o.shape == Shape.POINT) {
            return overlaps(startLow, endHigh, o.startLow, o.endHigh) ? Optional.empty() : Optional.of("date");
        }
        if (shape == Shape.START && o.shape == Shape.START) {
            return overlaps(startLow, startHigh, o.startLow, o.startHigh) ? Optional.empty() : Optional.of("date");
        }
        if (pointLike(this) && pointLike(o)) {
            // a point of the event (any time of it, its end too) before it began
            DateRange p = shape == Shape.POINT ? this : o;
            DateRange b = p == this ? o : this;
            return p.endHigh.isBefore(b.startLow) ? Optional.of("start") : Optional.empty();
        }
        if (shape == Shape.POINT || o.shape == Shape.POINT) {
            DateRange p = shape == Shape.POINT ? this : o;
            DateRange s = p == this ? o : this;
            return overlaps(p.startLow, p.endHigh, s.startLow, s.endHigh) ? Optional.empty() : Optional.of("date");
        }
        if (!overlaps(startLow, startHigh, o.startLow, o.startHigh)) {
            return Optional.of("start");
        }
        if (shape == Shape.SPAN && o.shape == Shape.SPAN && !overlaps(endLow, endHigh, o.endLow, o.endHigh)) {
            return Optional.of("end");
        }
        return Optional.empty();
    }

    /** True for a point and a start: values that name one time of the event. */
    private static boolean pointLike(DateRange r) {
        return r.shape == Shape.POINT || r.shape == Shape.START;
    }

    /** The last day a point or a start can denote. */
    private LocalDate pointEnd() {
        return shape == Shape.START ? startHigh : endHigh;
    }

    /** True when either value states the period as under way rather than dating it. */
    public boolean ongoing(DateRange o) {
        return shape == Shape.ONGOING || o.shape == Shape.ONGOING;
    }

    private static boolean overlaps(LocalDate a0, LocalDate a1, LocalDate b0, LocalDate b1) {
        return !a1.isBefore(b0) && !b1.isBefore(a0);
    }

    /** Rank of precision, finer first (day 0). */
    public int precisionRank() {
        return switch (value.precision()) {
            case DAY -> 0;
            case MONTH -> 1;
            case SEASON -> 2;
            case YEAR -> 3;
            case RANGE -> 4;
            case DECADE -> 5;
            case UNRESOLVED -> 6;
        };
    }
}
