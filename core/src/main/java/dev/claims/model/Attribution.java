package dev.claims.model;

/**
 * Who asserts a claim and how firmly.
 *
 * @param source who the document attributes it to ("his daughter", "Hull", "some historians"); empty when the
 *               document states it in its own voice
 * @param hedged true for "apparently", "allegations that", "may have" and the like
 * @param cue    the words that signalled the attribution or hedge
 */
public record Attribution(String source, boolean hedged, String cue) {
    public static final Attribution ASSERTED = new Attribution("", false, "");

    public boolean isAsserted() {
        return source.isEmpty() && !hedged;
    }
}
