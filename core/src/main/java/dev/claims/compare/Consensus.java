package dev.claims.compare;

import dev.claims.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The shared shape of value comparison inside one claim group: which claims agree with the best-supported value
 * (one agreement finding), and which pairs of distinct values conflict (one contradiction per pair of values, with
 * every document that states each side).
 *
 * @param <T> the compared form of a value ({@link DateRange}, {@link QuantityRange})
 */
final class Consensus<T> {
    /** A claim with its compared form and the normalised value that identifies it. */
    record Item<T>(Claim claim, T value, String normalized, int precisionRank) {
    }

    /** A conflict between two distinct values: the claims on each side and why. */
    record Conflict<T>(List<Item<T>> left, List<Item<T>> right, String reason) {
    }

    private final List<Item<T>> items;
    private final BiFunction<T, T, Optional<String>> conflict;
    private final BiFunction<T, T, Boolean> comparable;

    Consensus(List<Item<T>> items, BiFunction<T, T, Optional<String>> conflict, BiFunction<T, T, Boolean> comparable) {
        List<Item<T>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Item<T> i) -> i.claim().documentId()).thenComparing(i -> i.claim().span()));
        this.items = sorted;
        this.conflict = conflict;
        this.comparable = comparable;
    }

    private boolean agrees(Item<T> a, Item<T> b) {
        return comparable.apply(a.value(), b.value()) && conflict.apply(a.value(), b.value()).isEmpty();
    }

    /**
     * The claims that agree with the anchor: the value agreed with by the most documents, then the most precise,
     * then the first in document order. Empty unless at least two documents take part.
     */
    List<Item<T>> agreement() {
        Item<T> best = null;
        int bestDocs = 0;
        for (Item<T> a : items) {
            TreeSet<String> docs = new TreeSet<>();
            for (Item<T> b : items) {
                if (a == b || agrees(a, b)) {
                    docs.add(b.claim().documentId());
                }
            }
            if (docs.size() > bestDocs || docs.size() == bestDocs && best != null
                    && a.precisionRank() < best.precisionRank()) {
                best = a;
                bestDocs = docs.size();
            }
        }
        if (best == null || bestDocs < 2) {
            return List.of();
        }
        List<Item<T>> out = new ArrayList<>();
        for (Item<T> b : items) {
            if (b == best || agrees(best, b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** One conflict per pair of distinct normalised values that cannot describe the same facts. */
    List<Conflict<T>> conflicts() {
        Map<String, List<Item<T>>> byValue = new TreeMap<>();
        for (Item<T> i : items) {
            byValue.computeIfAbsent(i.normalized(), k -> new ArrayList<>()).add(i);
        }
        List<String> values = new ArrayList<>(byValue.keySet());
        List<Conflict<T>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                Item<T> a = byValue.get(values.get(i)).get(0);
                Item<T> b = byValue.get(values.get(j)).get(0);
                Optional<String> why = conflict.apply(a.value(), b.value());
                if (why.isPresent()) {
                    out.add(new Conflict<>(firstPerDocument(byValue.get(values.get(i))),
                            firstPerDocument(byValue.get(values.get(j))), why.get()));
                }
            }
        }
        return out;
    }

    /** The first claim of each document, in document order. */
    static <T> List<Item<T>> firstPerDocument(List<Item<T>> list) {
        Map<String, Item<T>> first = new LinkedHashMap<>();
        for (Item<T> i : list) {
            first.putIfAbsent(i.claim().documentId(), i);
        }
        return new ArrayList<>(first.values());
    }
}
