package dev.claims.compare;

import dev.claims.model.Claim;
import dev.claims.model.OfficeValue;
import dev.claims.knowledge.TsvResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two office claims' sentences tell of the same occasion: they say the same thing apart from the office
 * wording, the person's name and the date.
 *
 * <p>Each sentence is reduced to its content words: words are lowercased and lemmatised (a possessive "'s" and a
 * plural "-s"/"-es"/"-ies" are cut), then the words of either claim's office (as written and canonical), of the
 * person's name, of the claims' times, of their attribution ("according to his daughter", "some accounts claim
 * that"), numbers, and the stop words of {@code dev/claims/compare/occasion-stopwords.txt}
 * are dropped. The two sentences describe the same occasion when
 * <ul>
 *   <li>their names (capitalised words not opening the sentence: places such as "Kiev", people such as "Stalin") are
 *       the same: "met the delegation in Kiev" and "met the delegation in Leningrad" are two occasions;</li>
 *   <li>they share at least {@value #MIN_SHARED} content words; and</li>
 *   <li>the Jaccard index of their content words (shared words over all words) is at least {@value #MIN_JACCARD}.</li>
 * </ul>
 * The threshold is strict on purpose: two sentences that reach it are near copies of each other ("took part in the
 * talks in Kiev"), while a sentence that tells of another event in the same year ("became vice president" against
 * "met Stalin at Potsdam") shares next to nothing.
 *
 * <pre>{@code
 * SameOccasion.defaults().shared(a, b, Set.of("Fyodor Kuznetsin"));   // ["met", "delegation", "Leningrad"]
 * }</pre>
 */
public final class SameOccasion {
    /** The least Jaccard index of the two sentences' content words. */
    public static final double MIN_JACCARD = 0.6;
    /** The fewest content words the two sentences must share. */
    public static final int MIN_SHARED = 2;

    private static final String RESOURCE = "/dev/claims/compare/occasion-stopwords.txt";
    private static final Pattern WORD = Pattern.compile("\\p{L}{1,40}(?:['’]\\p{L}{1,40}){0,3}|\\p{N}{1,20}");
    private static volatile SameOccasion defaults;

    private final Set<String> stopWords;

    public SameOccasion(Collection<String> stopWords) {
        Set<String> s = new HashSet<>();
        stopWords.forEach(w -> s.add(lemma(w)));
        this.stopWords = Set.copyOf(s);
    }

    /** With the stop words of {@code dev/claims/compare/occasion-stopwords.txt}. */
    public static SameOccasion defaults() {
        SameOccasion d = defaults;
        if (d == null) {
            d = new SameOccasion(TsvResource.rows(RESOURCE, 1).stream().map(r -> r[0]).toList());
            defaults = d;
        }
        return d;
    }

    /** A sentence's content words (lemma to the word as first written) and its names (lemmas). */
    private record Words(Map<String, String> content, Set<String> names) {
    }

    /**
     * The content words the sentences of two office claims share (as written in {@code a}'s sentence, in its order)
     * when they describe the same occasion, else empty. {@code people} are the person's names (all their words are
     * dropped).
     */
    public Optional<List<String>> shared(Claim a, Claim b, Collection<String> people) {
        Set<String> drop = new HashSet<>(stopWords);
        for (Claim c : List.of(a, b)) {
            addWords(drop, c.value().text());
            if (c.value() instanceof OfficeValue ov) {
                addWords(drop, ov.canonical());
            }
            if (c.time() != null) {
                addWords(drop, c.time().text());
            }
            addWords(drop, c.subject());
            if (c.attribution() != null) {
                addWords(drop, c.attribution().source());
                addWords(drop, c.attribution().cue());
            }
        }
        people.forEach(p -> addWords(drop, p));
        Words x = words(a.quote(), drop);
        Words y = words(b.quote(), drop);
        if (!x.names().equals(y.names())) {
            return Optional.empty();
        }
        List<String> both = new ArrayList<>();
        x.content().forEach((lemma, written) -> {
            if (y.content().containsKey(lemma)) {
                both.add(written);
            }
        });
        int union = x.content().size() + y.content().size() - both.size();
        if (both.size() < MIN_SHARED || (double) both.size() / union < MIN_JACCARD) {
            return Optional.empty();
        }
        return Optional.of(both);
    }

    private Words words(String sentence, Set<String> drop) {
        Map<String, String> content = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            String lemma = lemma(w);
            boolean opening = first;
            first = false;
            if (Character.isDigit(w.charAt(0)) || drop.contains(lemma)) {
                continue;
            }
            content.putIfAbsent(lemma, w);
            if (!opening && Character.isUpperCase(w.charAt(0))) {
                names.add(lemma);
            }
        }
        return new Words(content, names);
    }

    private static void addWords(Set<String> into, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            into.add(lemma(m.group()));
        }
    }

    /** Lowercased, without a possessive "'s" and a plural ending: "delegations" → "delegation", "talks" → "talk". */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
