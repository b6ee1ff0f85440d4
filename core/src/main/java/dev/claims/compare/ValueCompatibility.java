package dev.claims.compare;

import dev.claims.values.Quantities;
import dev.claims.model.ClockTimeValue;
import dev.claims.model.DateValue;
import dev.claims.model.PlaceValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Value;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Whether two values of one kind can both be true of the same thing, at the precision each is written:
 * dates by their ranges, times of day as moments (zones converted; a reading to the minute covers the minute),
 * quantities by {@link Quantities}: converted to one unit of their dimension, each written conversion tried, an exact
 * figure covering half a unit of its last digit and a qualified one widened as its qualifier says.
 */
public final class ValueCompatibility {
    private ValueCompatibility() {
    }

    /** True when both can hold, false when they cannot, null when the two cannot be compared. */
    public static Boolean compatible(Value a, Value b) {
        if (a instanceof DateValue x && b instanceof DateValue y) {
            if (!x.resolved() || !y.resolved()) {
                return null;
            }
            if (x.overlaps(y)) {
                return true;
            }
            // a period ("from 1931 to 1935") and a point in time say different things (how long, and when it ended)
            return period(x) != period(y) ? null : false;
        }
        if (a instanceof PlaceValue x && b instanceof PlaceValue y) {
            // the same place when they share a name word; otherwise unknown (a region and a building can be one site)
            return sharesNameWord(x.text(), y.text()) ? Boolean.TRUE : null;
        }
        if (a instanceof ClockTimeValue x && b instanceof ClockTimeValue y) {
            if (x.date() != null && y.date() != null && Math.abs(ChronoUnit.DAYS.between(x.date(), y.date())) > 1) {
                return null; // different days: different occasions
            }
            Boolean same = x.sameMomentAs(y);
            if (same == null) {
                // one zoned, one not: the unzoned reading is taken as the other's civil time, never as UTC
                ClockTimeValue local = x.offsetMinutes() == null ? y : x;
                ClockTimeValue other = local == x ? y : x;
                if (local.offsetMinutes() == 0) {
                    return null;
                }
                same = other.sameMomentAs(new ClockTimeValue(local.text(), local.time(), local.seconds(), null, "",
                        local.halfDay(), local.date()));
            }
            return same;
        }
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            String dx = Quantities.dimension(x);
            String dy = Quantities.dimension(y);
            boolean counts = dx.startsWith("count:") && dy.startsWith("count:"); // what is counted: the frame's
            if (!counts && !dx.equals(dy)) {
                return null;
            }
            for (QuantityValue p : Quantities.writtenForms(x)) {
                for (QuantityValue q : Quantities.writtenForms(y)) {
                    Quantities.Interval i = Quantities.interval(p);
                    Quantities.Interval j = Quantities.interval(q);
                    if (i.low() < j.high() && j.low() < i.high()
                            || i.low() == i.high() && j.low() == j.high() && i.low() == j.low()) {
                        return true; // half-open: "3" (2.5–3.5) and "4" (3.5–4.5) differ
                    }
                }
            }
            return false;
        }
        return null;
    }

    private static final java.util.Set<String> REGION_WORDS = dev.claims.knowledge.WordList.of("place-name-words.txt");

    static boolean sharesNameWord(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : letterRuns(a.toLowerCase(Locale.ROOT))) {
            if (w.length() > 2 && !REGION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        for (String w : letterRuns(b.toLowerCase(Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The runs of letters ({@code \\p{L}}) of {@code s}, in order: what splitting at {@code [^\\p{L}]+} keeps. */
    static java.util.List<String> letterRuns(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static boolean period(DateValue d) {
        return d.edtf().contains("/");
    }
}
