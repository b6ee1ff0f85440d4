package dev.claims.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {
    private static final AsciiWords WORDS = new AsciiWords(List.of("in", "at", "from", "outside", "the"));

    @Test
    void aRangeIsLookedUpIgnoringCaseAndGivesTheStoredWord() {
        String text = "Flew FROM Outside, then AT the";
        assertEquals("from", WORDS.lookup(text, 5, 9));
        assertEquals("outside", WORDS.lookup(text, 10, 17));
        assertEquals("at", WORDS.lookup(text, 24, 26));
        assertEquals("the", WORDS.lookup(text, 27, 30));
        assertNull(WORDS.lookup(text, 0, 4)); // "Flew"
        assertNull(WORDS.lookup(text, 5, 8)); // "FRO": a prefix is no word
        assertNull(WORDS.lookup(text, 4, 4)); // empty
    }

    /** The same answers as a set of lower-cased strings. */
    @Property
    void lookupIsSetMembershipOfTheLowerCasedRange(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String w) {
        Set<String> plain = Set.of("in", "at", "from", "outside", "the");
        String text = "<" + w + ">";
        String expected = plain.contains(w.toLowerCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT) : null;
        assertEquals(expected, WORDS.lookup(text, 1, 1 + w.length()));
    }
}
