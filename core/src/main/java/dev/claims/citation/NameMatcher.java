package dev.claims.citation;

import dev.claims.model.PersonName;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two written names denote the same person, tolerating given names against initials
 * ("Katherine A." / "K. A."), missing middle initials ("Katherine A." / "Katherine A. S."), particles ("Ree" /
 * "van Ree") and one-letter misspellings ("Siegal" / "Siegel", "Elliot" / "Elliott"), and says what varies.
 *
 * <pre>{@code
 * NameMatcher.family("Siegal", "Siegel")   // VARIANT
 * NameMatcher.family("Sibley", "Siegel")   // DIFFERENT
 * NameMatcher.compare(elliot, elliott)    // Comparison(VARIANT, "given name 'Elliot' vs 'Elliott'")
 * }</pre>
 */
public final class NameMatcher {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** How close two names are. */
    public enum Closeness {
        SAME, VARIANT, DIFFERENT
    }

    /**
     * The verdict and, for a variant, what differs.
     *
     * @param closeness SAME, VARIANT or DIFFERENT
     * @param variance  what differs ("surname 'Siegal' vs 'Siegel'"), empty when SAME
     */
    public record Comparison(Closeness closeness, String variance) {
    }

    private NameMatcher() {
    }

    /** Compares two folded words (surnames or given names): same, a spelling variant, or different. */
    public static Closeness word(String a, String b) {
        if (a.equals(b)) {
            return Closeness.SAME;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return Closeness.DIFFERENT;
        }
        int max = Math.max(a.length(), b.length());
        int allowed = max >= 9 ? 2 : max >= 4 ? 1 : 0;
        int distance = LEVENSHTEIN.apply(a, b);
        if (distance <= allowed && JARO_WINKLER.apply(a, b) >= 0.85) {
            return Closeness.VARIANT;
        }
        return Closeness.DIFFERENT;
    }

    /** Compares family names, ignoring particles, case and accents. */
    public static Closeness family(String a, String b) {
        return word(NameParser.familyKey(new PersonName(a, "", a)), NameParser.familyKey(new PersonName(b, "", b)));
    }

    /** Compares two full names; given names are compared only as far as both give them. */
    public static Comparison compare(PersonName a, PersonName b) {
        Closeness fam = family(a.family(), b.family());
        if (fam == Closeness.DIFFERENT) {
            return new Comparison(Closeness.DIFFERENT, "surname '" + a.family() + "' vs '" + b.family() + "'");
        }
        List<String> variances = new ArrayList<>();
        if (fam == Closeness.VARIANT) {
            variances.add("surname '" + a.family() + "' vs '" + b.family() + "'");
        }
        Closeness given = given(a.given(), b.given());
        if (given == Closeness.DIFFERENT) {
            return new Comparison(Closeness.DIFFERENT, "given name '" + a.given() + "' vs '" + b.given() + "'");
        }
        if (given == Closeness.VARIANT) {
            variances.add("given name '" + a.given() + "' vs '" + b.given() + "'");
        }
        return variances.isEmpty() ? new Comparison(Closeness.SAME, "")
                : new Comparison(Closeness.VARIANT, String.join(", ", variances));
    }

    /** Given names token by token: an initial matches any name with that letter; extra tokens are tolerated. */
    public static Closeness given(String a, String b) {
        List<String> ta = givenTokens(a);
        List<String> tb = givenTokens(b);
        Closeness worst = Closeness.SAME;
        for (int i = 0; i < Math.min(ta.size(), tb.size()); i++) {
            String x = ta.get(i);
            String y = tb.get(i);
            if (x.length() == 1 || y.length() == 1) {
                if (x.charAt(0) != y.charAt(0)) {
                    return Closeness.DIFFERENT;
                }
                continue;
            }
            Closeness c = word(x, y);
            if (c == Closeness.DIFFERENT) {
                return Closeness.DIFFERENT;
            }
            if (c == Closeness.VARIANT) {
                worst = Closeness.VARIANT;
            }
        }
        return worst;
    }

    private static final java.util.regex.Pattern GIVEN_SEPARATOR = java.util.regex.Pattern.compile("[\\s]+");

    private static List<String> givenTokens(String given) {
        List<String> out = new ArrayList<>();
        for (String t : GIVEN_SEPARATOR.split(given.replace(".", ". "))) {
            List<String> w = CitationText.words(t);
            if (!w.isEmpty() && !NameParser.PARTICLES.contains(w.get(0))) {
                out.add(w.get(0));
            }
        }
        return out;
    }

    /** True when every family name of {@code few} matches (same or variant) one of {@code many}. */
    public static Closeness families(List<String> few, List<PersonName> many) {
        if (few.isEmpty() || many.isEmpty()) {
            return Closeness.DIFFERENT;
        }
        Closeness worst = Closeness.SAME;
        for (String f : few) {
            Closeness best = Closeness.DIFFERENT;
            for (PersonName p : many) {
                Closeness c = family(f, p.family());
                if (c.ordinal() < best.ordinal()) {
                    best = c;
                }
            }
            if (best == Closeness.DIFFERENT) {
                return Closeness.DIFFERENT;
            }
            if (best.ordinal() > worst.ordinal()) {
                worst = best;
            }
        }
        return worst;
    }
}
