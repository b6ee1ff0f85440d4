package dev.claims.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * {@link EntityResolver#closeSurname} filters by first letter and length and bounds its edit distance for speed; it
 * must answer exactly as the plain definition: an ending pair, or within max(1, shorter/5) edits with Jaro-Winkler
 * at least 0.88, never a plural or a feminine form, never under four letters.
 */
class CloseSurnameProperties {
    private static boolean plainDefinition(String a, String b) {
        if (a.equals(b) || EntityResolver.sameEndingVariant(a, b)) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        if (min < 4 || a.charAt(0) != b.charAt(0) || (a + "s").equals(b) || (b + "s").equals(a)
                || (a + "a").equals(b) || (b + "a").equals(a)) {
            return false;
        }
        return LevenshteinDistance.getDefaultInstance().apply(a, b) <= Math.max(1, min / 5)
                && new JaroWinklerSimilarity().apply(a, b) >= 0.88;
    }

    @Provide
    Arbitrary<String> surnames() {
        // a small alphabet and shared stems and endings, so close pairs are common
        Arbitrary<String> stem = Arbitraries.of("lit", "litv", "mol", "petr", "ivan", "kuz", "sok", "gol", "a", "ab");
        Arbitrary<String> middle = Arbitraries.strings().withChars("aeiovnkst").ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> ending = Arbitraries.of("", "ov", "off", "offe", "ev", "in", "ine", "sky", "ski", "ich", "itch",
                "enko", "enco", "man", "mann", "s", "a");
        return net.jqwik.api.Combinators.combine(stem, middle, ending).as((s, m, e) -> s + m + e);
    }

    @Property(tries = 3000)
    void closeSurnameIsThePlainDefinition(@ForAll("surnames") String a, @ForAll("surnames") String b) {
        assertEquals(plainDefinition(a, b), EntityResolver.closeSurname(a, b), a + " / " + b);
    }
}
