package dev.claims.compare;

import dev.claims.model.ClockTimeValue;
import dev.claims.model.DateValue;
import dev.claims.model.PlaceValue;
import dev.claims.model.QuantityValue;
import dev.claims.model.Value;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether two values of one kind can both be true of the same thing, at the precision each is written:
 * dates by their ranges, times of day as moments (zones converted; a reading to the minute covers the minute),
 * quantities converted to one unit of their dimension, an exact figure covering half a unit of its last digit and an
 * approximate one ("about", "an estimated") a tenth either side, "more than" and "nearly" open on one side.
 */
public final class ValueCompatibility {
    /** Factors to a base unit per dimension (metre, kilogram, metre per second, second, cubic metre, watt). */
    private static final Map<String, Double> FACTORS = Map.ofEntries(
            Map.entry("mile", 1609.344), Map.entry("kilometer", 1000.0), Map.entry("kilometre", 1000.0),
            Map.entry("km", 1000.0), Map.entry("meter", 1.0), Map.entry("metre", 1.0), Map.entry("m", 1.0),
            Map.entry("foot", 0.3048), Map.entry("feet", 0.3048), Map.entry("ft", 0.3048), Map.entry("inch", 0.0254),
            Map.entry("yard", 0.9144), Map.entry("nautical mile", 1852.0),
            Map.entry("pound", 0.45359237), Map.entry("lb", 0.45359237), Map.entry("kilogram", 1.0),
            Map.entry("kg", 1.0), Map.entry("ton", 1016.047), Map.entry("tonne", 1000.0), Map.entry("gram", 0.001),
            Map.entry("mph", 0.44704), Map.entry("mile per hour", 0.44704), Map.entry("km/h", 1 / 3.6),
            Map.entry("kilometer per hour", 1 / 3.6), Map.entry("knot", 0.514444), Map.entry("kn", 0.514444),
            Map.entry("second", 1.0), Map.entry("minute", 60.0), Map.entry("hour", 3600.0), Map.entry("day", 86400.0),
            Map.entry("week", 604800.0), Map.entry("month", 2629746.0), Map.entry("year", 31556952.0),
            Map.entry("cubic foot", 0.0283168), Map.entry("cubic feet", 0.0283168), Map.entry("cubic meter", 1.0),
            Map.entry("cubic metre", 1.0), Map.entry("m3", 1.0), Map.entry("horsepower", 745.7),
            Map.entry("hp", 745.7), Map.entry("kilowatt", 1000.0), Map.entry("kw", 1000.0));

    private static final Pattern APPROXIMATE = Pattern.compile(
            "\\b(?:about|around|approximately|roughly|some|estimated|almost|nearly|close to|approx|circa)\\b");
    private static final Pattern AT_LEAST = Pattern.compile(
            "\\b(?:more than|over|above|exceeding|at least|upwards of)\\b");
    private static final Pattern AT_MOST = Pattern.compile(
            "\\b(?:less than|under|below|fewer than|up to|at most|nearly|almost)\\b");

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
                ClockTimeValue local = x.offsetMinutes() == null ? y : x;
                ClockTimeValue other = local == x ? y : x;
                same = other.sameMomentAs(new ClockTimeValue(local.text(), local.time(), local.seconds(), null, "",
                        local.halfDay(), local.date()));
            }
            return same;
        }
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            double[] rx = range(x);
            double[] ry = range(y);
            if (rx == null || ry == null) {
                return null;
            }
            return rx[0] < ry[1] && ry[0] < rx[1]; // half-open: "3" (2.5–3.5) and "4" (3.5–4.5) differ
        }
        return null;
    }

    private static final java.util.Set<String> REGION_WORDS = java.util.Set.of("new", "north", "south", "east",
            "west", "united", "states", "city", "county", "state", "the", "of", "saint", "san", "sea", "lake", "mount");

    private static boolean sharesNameWord(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 2 && !REGION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean period(DateValue d) {
        return d.edtf().contains("/");
    }

    /** [low, high] of a quantity in its dimension's base unit, or null when its unit has no known factor. */
    static double[] range(QuantityValue q) {
        String unit = q.unit().toLowerCase(Locale.ROOT);
        Double factor = FACTORS.get(unit);
        if (factor == null && unit.endsWith("s")) {
            factor = FACTORS.get(unit.substring(0, unit.length() - 1));
        }
        if (factor == null) {
            factor = 1.0; // a count of a noun, or money in one currency: compared as written
        }
        BigDecimal amount = q.amount();
        double v = amount.doubleValue();
        double half = 0.5 * Math.pow(10, -Math.max(0, amount.stripTrailingZeros().scale()));
        if (amount.stripTrailingZeros().scale() < 0) {
            half = 0.5 * Math.pow(10, -amount.stripTrailingZeros().scale()) / 10; // "600 million": to the million
        }
        double lo = v - half;
        double hi = v + half;
        String qual = q.qualifier().toLowerCase(Locale.ROOT);
        if (APPROXIMATE.matcher(qual).find()) {
            lo = Math.min(lo, v * 0.9);
            hi = Math.max(hi, v * 1.1);
        }
        if (AT_LEAST.matcher(qual).find()) {
            hi = Double.MAX_VALUE;
        }
        if (AT_MOST.matcher(qual).find()) {
            lo = 0;
        }
        return new double[] {lo * factor, hi * factor};
    }
}
