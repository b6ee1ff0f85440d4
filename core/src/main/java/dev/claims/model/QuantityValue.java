package dev.claims.model;

import java.math.BigDecimal;

/**
 * An amount with its unit and approximation qualifier.
 *
 * @param text      as written ("About $11 billion")
 * @param amount    the plain decimal amount (11000000000)
 * @param unit      ISO 4217 code for money ("USD"), "%" for percentages, "years"/"months"/"days" for durations,
 *                  or the counted noun in the singular ("member")
 * @param qualifier "about", "over", "almost", ...; empty when exact
 */
public record QuantityValue(String text, BigDecimal amount, String unit, String qualifier) implements Value {
    @Override
    public String type() {
        return "quantity";
    }

    @Override
    public String normalized() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
