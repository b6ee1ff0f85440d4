package dev.claims.values;

import dev.claims.model.QuantityValue;

/**
 * A quantity found in a sentence's cleaned text.
 *
 * @param start     start in {@code Sentence.text} (including an approximation qualifier written before it)
 * @param end       end in {@code Sentence.text}
 * @param value     the quantity
 * @param attribute "amount" (money), "percentage", "duration" or "count"
 * @param topic     what it measures as far as the words around it say ("war matériel", "American firms"), or empty
 */
public record QuantityMention(int start, int end, QuantityValue value, String attribute, String topic) {
}
