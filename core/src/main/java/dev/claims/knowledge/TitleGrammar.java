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
    /** At most this many words in a title with its complement ("assistant to the president for domestic affairs"). */
    private static final int MAX_WITH_COMPLEMENT = 12;
    private static final Set<String> DROPPED = WordList.of("title-dropped.txt");
    private static final Set<String> NOT_IN_TITLES = WordList.of("not-in-titles.txt");
    private static volatile TitleGrammar defaults;

    private final Set<String> heads;
    private final Map<String, String> abbreviations;
    private final Set<String> headWords;
    private final Set<String> complements;
    private final Set<String> modifiers;
    private final Map<String, Set<String>> wordClasses;

    private TitleGrammar(Set<String> heads, Map<String, String> abbreviations, Set<String> complements,
                         Set<String> modifiers, Map<String, Set<String>> wordClasses) {
        this.wordClasses = Map.copyOf(wordClasses);
        this.heads = Set.copyOf(heads);
        this.abbreviations = Map.copyOf(abbreviations);
        this.complements = Set.copyOf(complements);
        this.modifiers = Set.copyOf(modifiers);
        Set<String> words = new HashSet<>();
        for (String h : heads) {
            words.addAll(List.of(h.split(" ")));
        }
        this.headWords = Set.copyOf(words);
    }

    /** Is the lower-case word part of a title head ("pilot", "chief", "staff", "general")? */
    public boolean isHeadWord(String lower) {
        return headWords.contains(lower);
    }

    /**
     * Is the lower-case word in the file's word class {@code kind} ("stop": ends a title read after a name; "copula":
     * a verb whose predicate may be a title; "as-verb": a verb taking a role with "as")?
     */
    public boolean is(String kind, String lower) {
        Set<String> words = wordClasses.get(kind);
        return words != null && words.contains(lower);
    }

    /** The head a head is equivalent to ("agent" → "employee"), or the head itself. */
    public String headClass(String head) {
        Set<String> to = wordClasses.get("equivalent:" + head);
        return to == null || to.isEmpty() ? head : to.iterator().next();
    }

    /** Is the lower-case word a preposition opening a title's complement ("of", "for", "to")? */
    public boolean isComplement(String lower) {
        return complements.contains(lower);
    }

    /** Is the lower-case word one that may open a title written in lower case before a name ("former", "special")? */
    public boolean isModifier(String lower) {
        return modifiers.contains(lower);
    }

    public static TitleGrammar defaults() {
        TitleGrammar t = defaults;
        if (t == null) {
            Set<String> heads = new HashSet<>();
            Map<String, String> abbr = new HashMap<>();
            Set<String> complements = new HashSet<>();
            Set<String> modifiers = new HashSet<>();
            Map<String, Set<String>> classes = new HashMap<>();
            for (String[] row : TsvResource.rows("/dev/claims/knowledge/titles.tsv", 2)) {
                switch (row[0]) {
                    case "head" -> heads.add(row[1]);
                    case "complement" -> complements.add(row[1]);
                    case "modifier" -> modifiers.add(row[1]);
                    case "equivalent" -> {
                        if (row.length > 2) {
                            classes.computeIfAbsent("equivalent:" + row[2], k -> new HashSet<>()).add(row[1]);
                        }
                    }
                    case "abbreviation" -> {
                        if (row.length > 2) {
                            abbr.put(row[1], row[2]);
                        }
                    }
                    default -> classes.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
                }
            }
            t = new TitleGrammar(heads, abbr, complements, modifiers, classes);
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
        for (int i = 0; i < expanded.size(); i++) {
            String w = expanded.get(i);
            if (NOT_IN_TITLES.contains(w) && !(w.equals("and") && i > 0 && i + 1 < expanded.size()
                    && number(expanded.get(i - 1)) && number(expanded.get(i + 1)))) {
                return ""; // "Chief of Staff and Ehrlichman was", "Oval Office with Chief of Staff": a clause, no title
            }
        }
        String joined = String.join(" ", expanded);
        if (expanded.isEmpty() || joined.split(" ").length > MAX_WITH_COMPLEMENT) {
            return "";
        }
        int of = complementAt(expanded);
        List<String> core = of > 0 ? expanded.subList(0, of) : expanded;
        String coreText = String.join(" ", core);
        if (of == 0 || coreText.split(" ").length > MAX_WORDS || core.stream().anyMatch(TitleGrammar::number)
                || of > 0 && complements.contains(expanded.get(expanded.size() - 1))) {
            return "";
        }
        return longestHead(coreText).isEmpty() ? "" : joined;
    }

    /** The longest head the words end with: a set lookup per word boundary, no scan of the heads. */
    private String longestHead(String core) {
        if (heads.contains(core)) {
            return core;
        }
        for (int i = core.indexOf(' '); i >= 0; i = core.indexOf(' ', i + 1)) {
            String suffix = core.substring(i + 1);
            if (heads.contains(suffix)) {
                return suffix;
            }
        }
        return "";
    }

    private int complementAt(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (complements.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean number(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** The words of a normalised title before its complement ("chief of staff" → "chief"). */
    public String core(String normalized) {
        List<String> words = List.of(normalized.split(" "));
        int of = complementAt(words);
        return of > 0 ? String.join(" ", words.subList(0, of)) : normalized;
    }

    /** The head of a normalised title: its longest known head ("lunar module pilot" → "pilot"). */
    public String head(String normalized) {
        String core = core(normalized);
        return longestHead(core);
    }
}
