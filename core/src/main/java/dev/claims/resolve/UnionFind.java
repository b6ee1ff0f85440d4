package dev.claims.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint sets over comparable elements, with deterministic group order (by smallest element). */
final class UnionFind<T extends Comparable<T>> {
    private final Map<T, T> parent = new TreeMap<>();

    void add(T x) {
        parent.putIfAbsent(x, x);
    }

    T find(T x) {
        add(x);
        T p = parent.get(x);
        if (p.equals(x)) {
            return x;
        }
        T root = find(p);
        parent.put(x, root);
        return root;
    }

    void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (!ra.equals(rb)) {
            // the smaller element becomes the root, so results do not depend on union order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    List<T> elements() {
        return new ArrayList<>(parent.keySet());
    }

    /** Groups, each sorted, ordered by their smallest element. */
    List<List<T>> groups() {
        Map<T, List<T>> g = new TreeMap<>();
        for (T x : new ArrayList<>(parent.keySet())) {
            g.computeIfAbsent(find(x), k -> new ArrayList<>()).add(x);
        }
        return new ArrayList<>(g.values());
    }
}
