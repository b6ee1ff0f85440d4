package dev.claims.values;

import dev.claims.model.QuantityValue;
import dev.claims.knowledge.TsvResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the comparison stage asks of two quantities: are they of the same dimension, and can they denote the same
 * amount at the precision written? Values are converted to the canonical unit of their dimension with
 * {@link UnitTable} and widened by the precision written and by their approximation qualifier
 * ({@code dev/claims/extract/qualifiers.tsv}).
 *
 * <pre>{@code
 * compatible("804 feet", "245 m")                                  // true: 245.06 m ± 0.15 and 245 m ± 0.5
 * compatible("2 hours, 31 minutes 40 seconds", "about two and a half hours")   // true
 * compatible("2 hours and 36 minutes", "2 hours, 31 minutes 40 seconds")       // false
 * sameDimension("7 million cubic feet", "200,000 m3")              // true: both volumes
 * }</pre>
 *
 * Dimensions: a measure's (length, speed, mass, volume, power, area, time), "money:USD" for each currency (no
 * exchange rates), "percent", and "count:NOUN" for a count of a noun. Thread-safe.
 */
public final class Quantities {
    /** How an approximation word widens a value. */
    public enum Widening { EXACT, ABOUT, AT_LEAST, AT_MOST, NEARLY, JUST_OVER }

    /** An interval of amounts in the canonical unit of a dimension. */
    public record Interval(String dimension, double low, double high) {
        public boolean overlaps(Interval o) {
            return dimension.equals(o.dimension) && low <= o.high && o.low <= high;
        }
    }

    private static final double ABOUT = 0.15;
    private static final Map<String, Qualifier> QUALIFIERS = loadQualifiers();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONVERSION_SEPARATOR = Pattern.compile("[,;]|\\sor\\s");

    private record Qualifier(String kept, Widening widening) {
    }

    private Quantities() {
    }

    /** True when both are of one dimension (lengths in feet and in metres; dollars and dollars; counts of one noun). */
    public static boolean sameDimension(QuantityValue a, QuantityValue b) {
        return dimension(a).equals(dimension(b));
    }

    /**
     * True when they are of one dimension and the intervals they can denote at the precision written overlap, for the
     * value or any conversion written in brackets after it ("135 km/h (85 mph, 74 kn)" is compatible with "85 miles
     * per hour" through its 85 mph, though 135 km/h is 83.9 mph).
     */
    public static boolean compatible(QuantityValue a, QuantityValue b) {
        if (!sameDimension(a, b)) {
            return false;
        }
        for (QuantityValue x : writtenForms(a)) {
            for (QuantityValue y : writtenForms(b)) {
                if (interval(x).overlaps(interval(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The value and each conversion written in brackets right after it, which the parser keeps in the value's text:
     * "804 feet (245 m)" → [804 ft, 245 m]. A conversion takes the value's qualifier ("about 50 pounds (23 kg)").
     */
    public static List<QuantityValue> writtenForms(QuantityValue v) {
        List<QuantityValue> out = new ArrayList<>(List.of(v));
        String t = v.text();
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) {
            return out;
        }
        for (String part : CONVERSION_SEPARATOR.split(t.substring(open + 1, t.length() - 1))) {
            for (QuantityMention m : Parser.INSTANCE.find(part.strip())) {
                QuantityValue c = m.value();
                out.add(new QuantityValue(c.text(), c.amount(), c.unit(), v.qualifier().isEmpty() ? c.qualifier() : v.qualifier(),
                        c.high(), c.precision()));
            }
        }
        return out;
    }

    /** Built on first use: the parser's own patterns are built from this class's qualifier list. */
    private static final class Parser {
        static final QuantityParser INSTANCE = new QuantityParser(new NumberParser());
    }

    /** The dimension of a value: "length", "time", "money:USD", "percent", "count:member". */
    public static String dimension(QuantityValue v) {
        Optional<UnitTable.Unit> u = UnitTable.defaults().byCode(v.unit());
        if (u.isPresent()) {
            return u.get().dimension();
        }
        if (v.unit().equals("%")) {
            return "percent";
        }
        if (v.unit().length() == 3 && v.unit().chars().allMatch(Character::isUpperCase)) {
            return "money:" + v.unit();
        }
        return "count:" + v.unit();
    }

    /** The amount in the canonical unit of its dimension (for a range, its lower end): "804 ft" → 245.0592 (m). */
    public static BigDecimal canonical(QuantityValue v) {
        return v.amount().multiply(factor(v));
    }

    /** The precision written in the canonical unit: "804 ft" → 0.1524 (m), "41.2 m" → 0.05. */
    public static BigDecimal canonicalPrecision(QuantityValue v) {
        return v.precision().multiply(factor(v));
    }

    /** The amounts the value can denote in its canonical unit: the precision written, widened by its qualifier. */
    public static Interval interval(QuantityValue v) {
        double f = factor(v).doubleValue();
        double half = v.precision().doubleValue() * f;
        double lo = v.amount().doubleValue() * f;
        double hi = v.upper().doubleValue() * f;
        double low = lo - half;
        double high = hi + half;
        switch (widening(v.qualifier())) {
            case ABOUT -> {
                low = Math.min(low, lo * (1 - ABOUT));
                high = Math.max(high, hi * (1 + ABOUT));
            }
            case AT_LEAST -> high = Double.POSITIVE_INFINITY;
            case AT_MOST -> low = 0;
            case NEARLY -> {
                low = Math.min(low, lo * (1 - ABOUT));
                high = hi;
            }
            case JUST_OVER -> {
                low = lo;
                high = Math.max(high, hi * (1 + ABOUT));
            }
            default -> { }
        }
        return new Interval(dimension(v), low, high);
    }

    /** How the qualifier kept on a value ("about", "more than", "estimated") widens it; EXACT when unknown. */
    public static Widening widening(String qualifier) {
        if (qualifier == null || qualifier.isBlank()) {
            return Widening.EXACT;
        }
        String q = SPACES.matcher(qualifier.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (Qualifier k : QUALIFIERS.values()) {
            if (k.kept().equals(q)) {
                return k.widening();
            }
        }
        Qualifier k = QUALIFIERS.get(q);
        return k == null ? Widening.EXACT : k.widening();
    }

    /** The qualifier to keep for an approximation word as written ("An estimated" → "estimated", "only" → ""). */
    static String kept(String written) {
        Qualifier k = QUALIFIERS.get(SPACES.matcher(written.strip().toLowerCase(Locale.ROOT)).replaceAll(" "));
        return k == null ? "" : k.kept();
    }

    /** A case-insensitive alternation of the approximation words, longest first, for patterns built once. */
    static String qualifierAlternation() {
        List<String> forms = new ArrayList<>(QUALIFIERS.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", forms.stream().map(f -> f.replace(" ", "\\s")).toList());
    }

    private static BigDecimal factor(QuantityValue v) {
        return UnitTable.defaults().byCode(v.unit()).map(UnitTable.Unit::factor).orElse(BigDecimal.ONE);
    }

    private static Map<String, Qualifier> loadQualifiers() {
        Map<String, Qualifier> m = new LinkedHashMap<>();
        for (String[] r : TsvResource.rows("/dev/claims/extract/qualifiers.tsv", 3)) {
            Widening w = switch (r[2]) {
                case "about" -> Widening.ABOUT;
                case "atLeast" -> Widening.AT_LEAST;
                case "atMost" -> Widening.AT_MOST;
                case "nearly" -> Widening.NEARLY;
                case "justOver" -> Widening.JUST_OVER;
                default -> Widening.EXACT;
            };
            m.put(r[0], new Qualifier(r[1].equals("-") ? "" : r[1], w));
        }
        return Map.copyOf(m);
    }
}
