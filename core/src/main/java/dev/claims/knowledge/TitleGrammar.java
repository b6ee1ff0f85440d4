package dev.claims.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises and normalises titles from {@code titles.tsv}: a phrase of at most six words whose last word (or the
 * word before "of …") is a title head. Normalising lower-cases, expands abbreviations ("Lt. Col." → "lieutenant
 * colonel") and drops "former", articles and country prefixes written as initials ("U.S.").
 *
 * <pre>{@code
 * TitleGrammar.defaults().normalize("former U.S. Attorney General");  // "attorney general"
 * TitleGrammar.defaults().normalize("the weather");                   // "" (not a title)
 * }</pre>
 */
public final class TitleGrammar {
    private static final int MAX_WORDS = 6;
    private static final Set<String> DROPPED = WordList.of("title-dropped.txt");
    private static final Set<String> NOT_IN_TITLES = WordList.of("not-in-titles.txt");
    private static volatile TitleGrammar defaults;

    private final Set<String> heads;
    private final Map<String, String> abbreviations;

    private TitleGrammar(Set<String> heads, Map<String, String> abbreviations) {
        this.heads = Set.copyOf(heads);
        this.abbreviations = Map.copyOf(abbreviations);
    }

    public static TitleGrammar defaults() {
        TitleGrammar t = defaults;
        if (t == null) {
            Set<String> heads = new HashSet<>();
            Map<String, String> abbr = new HashMap<>();
            for (String[] row : TsvResource.rows("/dev/claims/knowledge/titles.tsv", 2)) {
                if (row[0].equals("head")) {
                    heads.add(row[1]);
                } else if (row.length > 2) {
                    abbr.put(row[1], row[2]);
                }
            }
            t = new TitleGrammar(heads, abbr);
            defaults = t;
        }
        return t;
    }

    /** The normalised title, or "" when the phrase is not a title. */
    public String normalize(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : Tokens.words(phrase.toLowerCase(Locale.ROOT).replace('-', ' '))) {
            String x = w.replace(".", "");
            if (!DROPPED.contains(x)) {
                words.add(x);
            }
        }
        List<String> expanded = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String two = i + 1 < words.size() ? abbreviations.get(words.get(i) + " " + words.get(i + 1)) : null;
            if (two != null) {
                expanded.add(two);
                i++;
            } else {
                expanded.add(abbreviations.getOrDefault(words.get(i), words.get(i)));
            }
        }
        for (String w : expanded) {
            if (NOT_IN_TITLES.contains(w)) {
                return ""; // "Chief of Staff and Ehrlichman was", "Oval Office with Chief of Staff": a clause, no title
            }
        }
        String joined = String.join(" ", expanded);
        if (expanded.isEmpty() || joined.split(" ").length > MAX_WORDS) {
            return "";
        }
        int of = expanded.indexOf("of");
        List<String> core = of > 0 ? expanded.subList(0, of) : expanded;
        String coreText = String.join(" ", core);
        if (of == 0) {
            return "";
        }
        for (String h : heads) {
            if (coreText.equals(h) || coreText.endsWith(" " + h)) {
                return joined;
            }
        }
        return "";
    }

    /** The head of a normalised title: its longest known head ("lunar module pilot" → "pilot"). */
    public String head(String normalized) {
        int of = (" " + normalized + " ").indexOf(" of ");
        String core = of > 0 ? normalized.substring(0, of - 1) : normalized;
        String best = "";
        for (String h : heads) {
            if ((core.equals(h) || core.endsWith(" " + h)) && h.length() > best.length()) {
                best = h;
            }
        }
        return best;
    }
}
