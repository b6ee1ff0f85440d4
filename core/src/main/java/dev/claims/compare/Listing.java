package dev.claims.compare;

import java.util.List;

/**
 * Lists in finding messages: "a, b, c and 128 more". A fact repeated by hundreds of documents makes one finding whose
 * message names the first few; the evidence of the finding still holds every place.
 */
final class Listing {
    /** Items a message names before it counts the rest. */
    static final int MAX = 8;

    private Listing() {
    }

    static String of(List<String> items) {
        if (items.size() <= MAX) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX)) + " and " + (items.size() - MAX) + " more";
    }
}
