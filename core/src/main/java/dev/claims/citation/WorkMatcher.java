package dev.claims.citation;

import dev.claims.model.PersonName;
import dev.claims.model.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two descriptions denote the same work (title similarity plus author), and lists the facts on
 * which they differ. The same author with two different titles is two works, not a conflict.
 *
 * <pre>{@code
 * WorkMatcher.sameWork(siegelLoans, sibleyLoans)      // true: same long title and year, authors differ
 * WorkMatcher.sameWork(glantzOfficer, glantzFdr)      // false: same author, different books
 * WorkMatcher.differences(siegelNote, sibleyEntry)    // [author 'Siegel' vs 'Sibley' (conflict), place 'Topeka, KA' vs 'Lexington' (conflict)]
 * }</pre>
 */
public final class WorkMatcher {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final Set<String> PUBLISHER_NOISE = dev.claims.knowledge.WordList.of("publisher-noise.txt");

    private WorkMatcher() {
    }

    /** Title with subtitle, as one key. */
    public static String fullTitleKey(Work w) {
        return CitationText.titleKey(w.title() + " " + w.subtitle());
    }

    /** The names that stand for a work's authorship: its authors, or its editors when it has no authors. */
    public static List<PersonName> people(Work w) {
        return w.authors().isEmpty() ? w.editors() : w.authors();
    }

    /** True when the two descriptions are of the same work. */
    public static boolean sameWork(Work a, Work b) {
        if (!a.url().isEmpty() && normalizeUrl(a.url()).equals(normalizeUrl(b.url()))) {
            return true;
        }
        String ta = fullTitleKey(a);
        String tb = fullTitleKey(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        double sim = titleSimilarity(a, b);
        if (sim < 0.9) {
            return false;
        }
        List<PersonName> pa = people(a);
        List<PersonName> pb = people(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return CitationText.significantWords(ta).size() >= 2;
        }
        NameMatcher.Closeness authors = NameMatcher.Closeness.DIFFERENT;
        for (PersonName x : pa) {
            for (PersonName y : pb) {
                NameMatcher.Closeness c = NameMatcher.compare(x, y).closeness();
                if (c.ordinal() < authors.ordinal()) {
                    authors = c;
                }
            }
        }
        boolean yearsDiffer = !a.year().isEmpty() && !b.year().isEmpty() && !a.year().equals(b.year());
        if (authors == NameMatcher.Closeness.SAME || authors == NameMatcher.Closeness.VARIANT && !yearsDiffer) {
            return true;
        }
        // different authors: the same work only when a long, specific title agrees, so does the year, and the
        // publisher where both name one
        boolean sameYear = !a.year().isEmpty() && a.year().equals(b.year());
        boolean publisherAgrees = a.publisher().isEmpty() || b.publisher().isEmpty()
                || publisherWords(a.publisher()).containsAll(publisherWords(b.publisher()))
                || publisherWords(b.publisher()).containsAll(publisherWords(a.publisher()));
        return sim >= 0.97 && CitationText.significantWords(ta).size() >= 4 && sameYear && publisherAgrees;
    }

    /** 0..1: how alike two works' titles are (main title or title with subtitle, whichever is closer). */
    public static double titleSimilarity(Work a, Work b) {
        String ta = fullTitleKey(a);
        String tb = fullTitleKey(b);
        String ma = CitationText.titleKey(a.title());
        String mb = CitationText.titleKey(b.title());
        if (ta.equals(tb)) {
            return 1.0;
        }
        if (!ma.isEmpty() && (ma.equals(mb) || ta.equals(mb) || tb.equals(ma))) {
            // same main title; one omits the subtitle, or the subtitles differ: alike unless they name other years
            if (a.subtitle().isEmpty() || b.subtitle().isEmpty() || ta.equals(mb) || tb.equals(ma)) {
                return 0.98;
            }
            String sa = CitationText.titleKey(a.subtitle());
            String sb = CitationText.titleKey(b.subtitle());
            boolean otherYears = !NOT_DIGIT_OR_SPACE.matcher(sa).replaceAll("").strip()
                    .equals(NOT_DIGIT_OR_SPACE.matcher(sb).replaceAll("").strip());
            return otherYears ? 0.5 : jaccard(sa, sb) >= 0.6 ? 0.95 : 0.7;
        }
        return Math.max(jaccard(ta, tb), JARO_WINKLER.apply(ta, tb) >= 0.96 ? 0.95 : 0.0);
    }

    private static final java.util.regex.Pattern NOT_DIGIT_OR_SPACE = java.util.regex.Pattern.compile("[^0-9 ]");

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(CitationText.significantWords(a));
        Set<String> y = new HashSet<>(CitationText.significantWords(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    /** The facts two descriptions of the same work state differently (both must state the fact). */
    public static List<FactDifference> differences(Work a, Work b) {
        List<FactDifference> out = new ArrayList<>();
        names("author", people(a), people(b), out);
        if (!CitationText.titleKey(a.title()).equals(CitationText.titleKey(b.title()))
                && !fullTitleKey(a).equals(fullTitleKey(b))) {
            out.add(new FactDifference("title", "title", a.title(), b.title(), false));
        } else if (!a.subtitle().isEmpty() && !b.subtitle().isEmpty()
                && !CitationText.titleKey(a.subtitle()).equals(CitationText.titleKey(b.subtitle()))) {
            out.add(new FactDifference("title", "subtitle", a.subtitle(), b.subtitle(), false));
        }
        text("container", a.type().equals("book") ? "series" : "journal or site", a.container(), b.container(), out);
        place(a.place(), b.place(), out);
        publisher(a.publisher(), b.publisher(), out);
        if (!a.year().isEmpty() && !b.year().isEmpty() && !a.year().equals(b.year())) {
            out.add(new FactDifference("year", "year", a.year(), b.year(), true));
        }
        if (!a.volume().isEmpty() && !b.volume().isEmpty() && !a.volume().equals(b.volume())) {
            out.add(new FactDifference("volume", "volume", a.volume(), b.volume(), true));
        }
        if (!a.issue().isEmpty() && !b.issue().isEmpty() && !a.issue().equals(b.issue())) {
            out.add(new FactDifference("issue", "issue", a.issue(), b.issue(), true));
        }
        return out;
    }

    private static void names(String field, List<PersonName> a, List<PersonName> b, List<FactDifference> out) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            NameMatcher.Comparison c = NameMatcher.compare(a.get(i), b.get(i));
            if (c.closeness() == NameMatcher.Closeness.SAME) {
                continue;
            }
            boolean familyDiffers = NameMatcher.family(a.get(i).family(), b.get(i).family()) != NameMatcher.Closeness.SAME;
            String va = familyDiffers ? a.get(i).family() : a.get(i).given();
            String vb = familyDiffers ? b.get(i).family() : b.get(i).given();
            String label = familyDiffers ? field + "'s surname" : field + "'s given name";
            out.add(new FactDifference(field, label, va, vb, c.closeness() == NameMatcher.Closeness.DIFFERENT));
        }
    }

    private static void text(String field, String label, String a, String b, List<FactDifference> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        String ka = CitationText.titleKey(a);
        String kb = CitationText.titleKey(b);
        if (ka.equals(kb)) {
            return;
        }
        int d = LEVENSHTEIN.apply(ka, kb);
        out.add(new FactDifference(field, label, a, b, d > Math.max(2, Math.max(ka.length(), kb.length()) / 8)));
    }

    private static void place(String a, String b, List<FactDifference> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        String ca = city(a);
        String cb = city(b);
        if (ca.equals(cb)) {
            return;
        }
        boolean variant = NameMatcher.word(ca.replace(" ", ""), cb.replace(" ", "")) == NameMatcher.Closeness.VARIANT;
        out.add(new FactDifference("place", "place of publication", a, b, !variant));
    }

    /**
     * A field's value as compared ("Topeka, KA" → "topeka", "Harper &amp; Row, Inc." → "harper row",
     * "Siegel" → "siegel"): the same for two spellings this class does not count as a difference.
     */
    public static String key(String field, String value) {
        return switch (field) {
            case "place" -> city(value);
            case "publisher" -> String.join(" ", publisherWords(value));
            case "title", "container" -> CitationText.titleKey(value);
            default -> String.join(" ", CitationText.words(value));
        };
    }

    /** "New Haven, Conn." → "new haven". */
    public static String city(String place) {
        int comma = place.indexOf(',');
        return String.join(" ", CitationText.words(comma > 0 ? place.substring(0, comma) : place));
    }

    private static void publisher(String a, String b, List<FactDifference> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Set<String> x = publisherWords(a);
        Set<String> y = publisherWords(b);
        if (x.containsAll(y) || y.containsAll(x)) {
            return;
        }
        String ka = String.join(" ", x);
        String kb = String.join(" ", y);
        boolean variant = JARO_WINKLER.apply(ka, kb) >= 0.93;
        out.add(new FactDifference("publisher", "publisher", a, b, !variant));
    }

    static Set<String> publisherWords(String p) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : CitationText.words(p)) {
            if (!PUBLISHER_NOISE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String normalizeUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
