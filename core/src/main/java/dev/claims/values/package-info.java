/**
 * Written values shared by the extract and compare stages: number words and digits
 * ({@link dev.claims.values.NumberParser}), quantities with their units and approximation qualifiers
 * ({@link dev.claims.values.QuantityParser}, {@link dev.claims.values.UnitTable},
 * {@link dev.claims.values.Quantities}: dimension, written forms and the interval a value stands for) and Julian /
 * Gregorian calendar arithmetic ({@link dev.claims.values.Calendars}). Depends on {@code model} and {@code knowledge}
 * only, so comparison reads values the way extraction wrote them without reaching into the extract stage.
 */
package dev.claims.values;
