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
 * <p>Claims are first reduced to their distinct normalised values. Anchors (the values that most documents state) are
 * compared with every value, and only the {@value #ANCHORS} best-supported values serve as anchors, so the work is
 * linear in the number of distinct values even for a hostile group with thousands of them.
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

    /** One distinct value with the claims that state it. */
    private record ValueClass<T>(String normalized, List<Item<T>> items, TreeSet<String> docs) {
        Item<T> rep() {
            return items.get(0);
        }
    }

    static final int ANCHORS = 8;

    private final List<ValueClass<T>> values;
    private final BiFunction<T, T, Optional<String>> conflict;
    private final BiFunction<T, T, Boolean> comparable;

    Consensus(List<Item<T>> items, BiFunction<T, T, Optional<String>> conflict, BiFunction<T, T, Boolean> comparable) {
        this.conflict = conflict;
        this.comparable = comparable;
        Map<String, List<Item<T>>> byValue = new TreeMap<>();
        for (Item<T> i : items) {
            byValue.computeIfAbsent(i.normalized(), k -> new ArrayList<>()).add(i);
        }
        List<ValueClass<T>> vs = new ArrayList<>();
        byValue.forEach((v, list) -> {
            list.sort(Comparator.comparing((Item<T> i) -> i.claim().documentId()).thenComparing(i -> i.claim().span()));
            TreeSet<String> docs = new TreeSet<>();
            list.forEach(i -> docs.add(i.claim().documentId()));
            vs.add(new ValueClass<>(v, list, docs));
        });
        // best supported first, then finer, then by value: deterministic
        vs.sort(Comparator.comparingInt((ValueClass<T> v) -> -v.docs().size())
                .thenComparingInt(v -> v.rep().precisionRank()).thenComparing(ValueClass::normalized));
        this.values = vs;
    }

    private boolean agrees(ValueClass<T> a, ValueClass<T> b) {
        return a == b || comparable.apply(a.rep().value(), b.rep().value())
                && conflict.apply(a.rep().value(), b.rep().value()).isEmpty();
    }

    /**
     * The claims that agree with the anchor: the value agreed with by the most documents, then the most precise,
     * then the smallest. Empty unless at least two documents take part.
     */
    List<Item<T>> agreement() {
        ValueClass<T> best = null;
        int bestDocs = 0;
        for (ValueClass<T> a : values.subList(0, Math.min(values.size(), ANCHORS * 4))) {
            TreeSet<String> docs = new TreeSet<>();
            for (ValueClass<T> b : values) {
                if (agrees(a, b)) {
                    docs.addAll(b.docs());
                }
            }
            if (docs.size() > bestDocs
                    || docs.size() == bestDocs && best != null && a.rep().precisionRank() < best.rep().precisionRank()) {
                best = a;
                bestDocs = docs.size();
            }
        }
        if (best == null || bestDocs < 2) {
            return List.of();
        }
        List<Item<T>> out = new ArrayList<>();
        for (ValueClass<T> b : values) {
            if (agrees(best, b)) {
                out.addAll(b.items());
            }
        }
        out.sort(Comparator.comparing((Item<T> i) -> i.claim().documentId()).thenComparing(i -> i.claim().span()));
        return out;
    }

    /** Conflicts between each anchor value and every other value that cannot describe the same facts. */
    List<Conflict<T>> conflicts() {
        List<Conflict<T>> out = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (ValueClass<T> a : values.subList(0, Math.min(values.size(), ANCHORS))) {
            for (ValueClass<T> b : values) {
                if (a == b) {
                    continue;
                }
                ValueClass<T> x = a.normalized().compareTo(b.normalized()) < 0 ? a : b;
                ValueClass<T> y = x == a ? b : a;
                if (!seen.add(x.normalized() + "\u0000" + y.normalized())) {
                    continue;
                }
                Optional<String> why = conflict.apply(x.rep().value(), y.rep().value());
                if (why.isPresent()) {
                    out.add(new Conflict<>(firstPerDocument(x.items()), firstPerDocument(y.items()), why.get()));
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
