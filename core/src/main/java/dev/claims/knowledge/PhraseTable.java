package dev.claims.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases of one or more words, each with a class, looked up token by token: the first word's lower-cased form is a
 * hash key, and the longest phrase starting at a token wins. Built once from a data file; thread-safe.
 *
 * <pre>{@code
 * PhraseTable t = PhraseTable.of(rows);       // rows: class, argument, "landed|touched down"
 * t.longestAt(List.of("touched", "down", "on"), 0);   // Entry[class=land, words=2]
 * }</pre>
 */
public final class PhraseTable {
    /** A phrase's class, kind and any further columns of its row, and how many words it spans. */
    public record Match(String cls, String kind, int words, List<String> extra) {
    }

    private record Phrase(String[] words, String cls, String kind, List<String> extra) {
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final Map<String, String> kinds;

    private PhraseTable(Map<String, List<Phrase>> byFirstWord, Map<String, String> kinds) {
        this.byFirstWord = byFirstWord;
        this.kinds = kinds;
    }

    /** Rows of class, kind, '|'-separated forms and optional further columns (as in {@code predicates.tsv}). */
    public static PhraseTable of(List<String[]> rows) {
        Map<String, List<Phrase>> map = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : rows) {
            kinds.putIfAbsent(row[0], row[1]);
            List<String> extra = List.of(row).subList(3, row.length);
            for (String form : row[2].split("\\|")) {
                String[] words = Tokens.words(form.toLowerCase(Locale.ROOT));
                if (words.length > 0) {
                    map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, row[0], row[1], extra));
                }
            }
        }
        map.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        return new PhraseTable(Map.copyOf(map), Map.copyOf(kinds));
    }

    /** The kind of a class ("event", "theme", …), or "" when the table has no such class. */
    public String kindOf(String cls) {
        return kinds.getOrDefault(cls, "");
    }

    /** The longest phrase starting at token {@code i} of lower-cased {@code tokens}, or null. */
    public Match longestAt(List<String> tokens, int i) {
        List<Phrase> candidates = byFirstWord.get(tokens.get(i));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.words.length <= tokens.size() && matches(tokens, i, p.words)) {
                return new Match(p.cls, p.kind, p.words.length, p.extra);
            }
        }
        return null;
    }

    private static boolean matches(List<String> tokens, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
