package dev.claims.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisations used when citations are parsed and compared: italics and quote marks removed, titles folded to
 * comparable keys, whitespace collapsed.
 *
 * <pre>{@code
 * CitationText.titleKey("*The Political Thought of Joseph Stalin : A Study*")  // "political thought of joseph stalin a study"
 * CitationText.plain("“The Sinews of War,”")                                   // "The Sinews of War"
 * }</pre>
 */
public final class CitationText {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private CitationText() {
    }

    /** Collapses whitespace and trims. */
    public static String squash(String s) {
        // most texts have only single spaces: then there is nothing to collapse and the regex is skipped
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (ws && (c != ' ' || space)) {
                return SPACES.matcher(s).replaceAll(" ").strip();
            }
            space = ws;
        }
        return s.strip();
    }

    /** Removes {@code *italic*} markers, straightens quotes, trims surrounding quotes and trailing commas/periods. */
    public static String plain(String s) {
        String t = s.replace("*", "").replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        t = squash(t);
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            char first = t.charAt(0);
            char last = t.charAt(t.length() - 1);
            if (first == '"' || first == '\'') {
                t = t.substring(1).strip();
                changed = true;
            } else if (last == '"' || last == ',' || (last == '\'' && t.indexOf('\'') == t.length() - 1)) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            } else if (last == '.' && !endsWithAbbreviation(t)) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }

    private static boolean endsWithAbbreviation(String t) {
        // "Mr." "Inc." "Co." "N.Y." keep their period; ordinary words lose it
        int sp = Math.max(t.lastIndexOf(' '), 0);
        String lastWord = t.substring(sp).strip();
        return lastWord.length() <= 4 && (lastWord.matches("(?:[A-Z]\\.){1,4}") || lastWord.matches("(?:Mr|Mrs|Dr|St|Inc|Co|Ltd|Jr|Sr)\\."));
    }

    /** The text, whitespace collapsed, cut to at most {@code max} characters with an ellipsis. */
    public static String excerpt(String s, int max) {
        String t = squash(s.length() > max * 4 ? s.substring(0, max * 4) : s);
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    /** Lower case, accents removed. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0, n = s.length(); i < n && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT); // no accents to remove: NFD and the mark removal change nothing
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return DIACRITICS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Recent {@link #words} results: works are compared pairwise while the corpus is de-duplicated, and the same few
     * thousand titles are split again and again. Bounded, thread-safe, and invisible to callers (lists are immutable).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WORDS_MAX = 20_000;

    /** Words of a text, folded, punctuation dropped. */
    public static List<String> words(String s) {
        List<String> cached = WORDS.get(s);
        if (cached == null) {
            cached = List.copyOf(splitWords(s));
            if (s.length() <= 1_000) {
                if (WORDS.size() >= WORDS_MAX) {
                    WORDS.clear(); // bounded: start again rather than track which entries are recent
                }
                WORDS.put(s, cached);
            }
        }
        return cached;
    }

    private static List<String> splitWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(fold(s.replace("'", "").replace("’", "")))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Title keys already computed: matching works across a corpus asks for the same titles' keys again and again. A
     * bounded memo of a pure function, shared by all threads.
     */
    private static final com.google.common.cache.Cache<String, String> TITLE_KEYS =
            com.google.common.cache.CacheBuilder.newBuilder().maximumSize(20_000).build();

    /** A comparison key for a title: folded words without a leading article, joined by single spaces. */
    public static String titleKey(String s) {
        String key = TITLE_KEYS.getIfPresent(s);
        if (key == null) {
            key = computeTitleKey(s);
            TITLE_KEYS.put(s, key);
        }
        return key;
    }

    private static String computeTitleKey(String s) {
        List<String> w = words(s);
        if (!w.isEmpty() && ARTICLES.contains(w.get(0))) {
            w = w.subList(1, w.size());
        }
        return String.join(" ", w);
    }

    /** Words that carry meaning in a title (articles and short function words dropped). */
    public static List<String> significantWords(String s) {
        return words(s).stream().filter(w -> w.length() > 3 || w.chars().allMatch(Character::isDigit)).toList();
    }
}
