package dev.claims.model;

import java.math.BigDecimal;

/**
 * An amount with its unit and approximation qualifier; a range when {@code high} is set.
 *
 * <pre>{@code
 * new QuantityValue("About $11 billion", new BigDecimal("11000000000"), "USD", "about");
 * // a range at the precision written: "2.5 to 8 years" → amount 2.5, high 8, precision 0.05 (years)
 * new QuantityValue("2.5 to 8 years", new BigDecimal("2.5"), "years", "", new BigDecimal("8"), new BigDecimal("0.05"));
 * }</pre>
 *
 * @param text      as written ("About $11 billion")
 * @param amount    the plain decimal amount (11000000000); the lower end of a range
 * @param unit      ISO 4217 code for money ("USD"), "%" for percentages, "years"/"months"/"days"/"hours"/"minutes"/
 *                  "seconds" for durations, a unit code of {@code dev/claims/extract/units.tsv} for a measure ("ft",
 *                  "km/h", "m3"), or the counted noun in the singular ("member")
 * @param qualifier "about", "over", "almost", ...; empty when exact
 * @param high      the upper end of a range ("10 to 20 million"), or null for a single amount
 * @param precision half the unit of the last digit written, in {@code unit} ("804" → 0.5, "41.2" → 0.05,
 *                  "7,062,000" → 500, "two hours, 31 minutes 40 seconds" → 0.5 seconds)
 */
public record QuantityValue(String text, BigDecimal amount, String unit, String qualifier, BigDecimal high,
                            BigDecimal precision) implements Value {
    public QuantityValue {
        if (precision == null) {
            precision = defaultPrecision(amount);
        }
    }

    /** A single amount whose precision is read from the amount itself (its last non-zero digit). */
    public QuantityValue(String text, BigDecimal amount, String unit, String qualifier) {
        this(text, amount, unit, qualifier, null, null);
    }

    @Override
    public String type() {
        return "quantity";
    }

    @Override
    public String normalized() {
        String a = amount.stripTrailingZeros().toPlainString();
        return (high == null ? a : a + "/" + high.stripTrailingZeros().toPlainString()) + " " + unit;
    }

    /** True when the value is a range ("10 to 20 million"). */
    public boolean isRange() {
        return high != null;
    }

    /** The upper end: {@link #high()} for a range, else the amount. */
    public BigDecimal upper() {
        return high == null ? amount : high;
    }

    private static BigDecimal defaultPrecision(BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return new BigDecimal("0.5");
        }
        BigDecimal a = amount.stripTrailingZeros();
        return new BigDecimal("0.5").scaleByPowerOfTen(-a.scale());
    }
}
