package dev.claims.values;

import dev.claims.knowledge.TsvResource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the word lists of {@code dev/claims/extract/}: one entry a line, '#' comments and blank lines skipped. */
final class ExtractData {
    private ExtractData() {
    }

    /** The entries of a one-column list, in lower case. */
    static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] r : TsvResource.rows("/dev/claims/extract/" + name, 1)) {
            out.add(r[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The first two columns of a two-column list. */
    static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : TsvResource.rows("/dev/claims/extract/" + name, 2)) {
            out.put(r[0], r[1]);
        }
        return Map.copyOf(out);
    }
}
