package dev.claims.compare;

import dev.claims.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
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
    /**
     * A claim with its compared form and the normalised value that identifies it. A weak item (a date merely
     * mentioned in a sentence about the subject) can support an agreement but never decides a contradiction.
     */
    record Item<T>(Claim claim, T value, String normalized, int precisionRank, boolean weak) {
        Item(Claim claim, T value, String normalized, int precisionRank) {
            this(claim, value, normalized, precisionRank, false);
        }
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
    private final BiFunction<T, T, Boolean> agree;

    /**
     * @param conflict why two values cannot describe the same facts, or empty
     * @param agree    whether two values positively agree (a value may neither agree nor conflict)
     */
    Consensus(List<Item<T>> items, BiFunction<T, T, Optional<String>> conflict, BiFunction<T, T, Boolean> agree) {
        this.conflict = conflict;
        this.agree = agree;
        Map<String, List<Item<T>>> byValue = new TreeMap<>();
        for (Item<T> i : items) {
            byValue.computeIfAbsent((i.weak() ? "~weak " : "") + i.normalized(), k -> new ArrayList<>()).add(i);
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
        return a == b || agree.apply(a.rep().value(), b.rep().value());
    }

    /**
     * The claims that agree with the anchor: the value agreed with by the most documents, then the most precise,
     * then the smallest. Empty unless at least two documents take part.
     */
    List<Item<T>> agreement() {
        ValueClass<T> best = null;
        int bestDocs = 0;
        for (ValueClass<T> a : values.subList(0, Math.min(values.size(), ANCHORS * 4))) {
            if (a.rep().weak()) {
                continue;
            }
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
        List<ValueClass<T>> strong = values.stream().filter(v -> !v.rep().weak()).toList();
        for (ValueClass<T> a : strong.subList(0, Math.min(strong.size(), ANCHORS))) {
            for (ValueClass<T> b : strong) {
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
                    out.add(new Conflict<>(perDocument(x.items()), perDocument(y.items()), why.get()));
                }
            }
        }
        return out;
    }

    /** Claims per document shown as evidence: each distinct value once. */
    static final int PER_DOCUMENT = 3;

    /**
     * Evidence claims: per document, the first claim of each distinct value (most precise first), at most
     * {@value #PER_DOCUMENT}; in document order.
     */
    static <T> List<Item<T>> perDocument(List<Item<T>> list) {
        Map<String, List<Item<T>>> byDoc = new TreeMap<>();
        for (Item<T> i : list) {
            List<Item<T>> l = byDoc.computeIfAbsent(i.claim().documentId(), k -> new ArrayList<>());
            if (l.stream().noneMatch(x -> x.normalized().equals(i.normalized()))) {
                l.add(i);
            }
        }
        List<Item<T>> out = new ArrayList<>();
        for (List<Item<T>> l : byDoc.values()) {
            List<Item<T>> pick = new ArrayList<>(l);
            pick.sort(Comparator.comparingInt(Item::precisionRank));
            pick = pick.subList(0, Math.min(PER_DOCUMENT, pick.size()));
            pick.sort(Comparator.comparing(i -> i.claim().span()));
            out.addAll(pick);
        }
        return out;
    }
}
