package dev.claims.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The general knowledge every stage reads: predicate classes of English verbs and event nouns, what quantities
 * measure, and time zones. Data lives in {@code dev/claims/knowledge/*.tsv}; this class only loads it. Immutable and
 * shared.
 *
 * @param predicates  verb, event-noun and label forms to predicate classes ({@code predicates.tsv})
 * @param measures    counted nouns and attribute words to what a quantity measures ({@code measures.tsv})
 * @param zones       zone names to their offset from UTC in minutes, null for "local"; longest names first
 * @param eventNouns  head nouns of named events ({@code event-nouns.txt}: massacre, summit, treaty, …)
 */
public record Knowledge(PhraseTable predicates, PhraseTable measures, Map<String, Integer> zones,
                        java.util.Set<String> eventNouns) {
    private static final String ROOT = "/dev/claims/knowledge/";
    private static volatile Knowledge defaults;

    public Knowledge {
        zones = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(zones));
        eventNouns = java.util.Set.copyOf(eventNouns);
    }

    /** The default, general pack. */
    public static Knowledge defaults() {
        Knowledge k = defaults;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (defaults == null) {
                    defaults = load();
                }
                k = defaults;
            }
        }
        return k;
    }

    private static Knowledge load() {
        Map<String, Integer> zones = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>(TsvResource.rows(ROOT + "time-zones.tsv", 2));
        rows.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] r : rows) {
            zones.put(r[0], r[1].equals("local") ? null : Integer.valueOf(r[1]));
        }
        return new Knowledge(PhraseTable.of(TsvResource.rows(ROOT + "predicates.tsv", 3)),
                PhraseTable.of(TsvResource.rows(ROOT + "measures.tsv", 3)), zones,
                TsvResource.rows(ROOT + "event-nouns.txt", 1).stream().map(r -> r[0]).collect(
                        java.util.stream.Collectors.toSet()));
    }
}
