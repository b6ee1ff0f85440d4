package dev.claims.compare;

import dev.claims.model.QuantityValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The interval of amounts a quantity as written can denote: its rounding (a number written "11 billion" covers
 * 10.5 to 11.5 billion) widened by its qualifier.
 *
 * <pre>{@code
 * QuantityRange.of(new QuantityValue("About $11 billion", new BigDecimal("11000000000"), "USD", "about"));
 * // [9.35e9, 12.65e9]: about = ±15 %
 * QuantityRange.of(new QuantityValue("$11.3 billion", new BigDecimal("11300000000"), "USD", ""));
 * // [11.25e9, 11.35e9]
 * }</pre>
 *
 * @param value the quantity
 * @param low   smallest amount it can denote
 * @param high  largest amount it can denote ({@link Double#POSITIVE_INFINITY} for "over", "at least")
 */
public record QuantityRange(QuantityValue value, double low, double high) {
    /** Approximation qualifiers and how far they widen, as a fraction of the amount. */
    private static final double ABOUT = 0.15;

    public static QuantityRange of(QuantityValue v) {
        BigDecimal a = v.amount().stripTrailingZeros();
        double x = a.doubleValue();
        double half = x == 0 ? 0 : 0.5 * Math.pow(10, -a.scale());
        if (a.scale() > 0 && a.precision() - a.scale() <= 0) {
            half = 0.5 * Math.pow(10, -a.scale());
        }
        double lo = x - half;
        double hi = x + half;
        String q = v.qualifier() == null ? "" : v.qualifier().toLowerCase(Locale.ROOT).strip();
        if (q.matches("(?:about|approximately|around|roughly|some|circa|c\\.|ca\\.|an estimated|estimated|~|"
                + "close to|almost exactly|nearly exactly)")) {
            lo = Math.min(lo, x * (1 - ABOUT));
            hi = Math.max(hi, x * (1 + ABOUT));
        } else if (q.matches("(?:almost|nearly|just under|not quite|close to)")) {
            lo = x * (1 - ABOUT);
            hi = x;
        } else if (q.matches("(?:over|more than|above|upwards of|in excess of|exceeding|at least|no fewer than|"
                + "no less than|just over|some|\\+)")) {
            lo = x - half;
            hi = Double.POSITIVE_INFINITY;
        } else if (q.matches("(?:under|less than|fewer than|below|up to|at most|no more than|as many as)")) {
            lo = 0;
            hi = x + half;
        }
        return new QuantityRange(v, lo, hi);
    }

    public boolean sameUnit(QuantityRange o) {
        return value.unit().equalsIgnoreCase(o.value.unit());
    }

    public boolean overlaps(QuantityRange o) {
        return low <= o.high && o.low <= high;
    }

    /** True when one amount is about a power of a thousand times the other: a million/billion slip. */
    public boolean scaleSlip(QuantityRange o) {
        double a = value.amount().doubleValue();
        double b = o.value.amount().doubleValue();
        if (a <= 0 || b <= 0) {
            return false;
        }
        double r = Math.log10(Math.max(a, b) / Math.min(a, b));
        return Math.abs(r - Math.round(r)) < 0.2 && Math.round(r) % 3 == 0 && Math.round(r) > 0;
    }

    /** Rank of precision for choosing the anchor of an agreement: exact values first. */
    public int precisionRank() {
        return value.qualifier() == null || value.qualifier().isBlank() ? 0 : 1;
    }
}
